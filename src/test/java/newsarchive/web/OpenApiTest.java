package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newsarchive.Pipeline;
import newsarchive.json.JsonMapper;
import newsarchive.saved.SavedSearchStore;
import newsarchive.search.FixtureArchive;
import newsarchive.search.IndexView;
import newsarchive.search.Searcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI description against the server itself: every route under /api is described and
 * nothing else is, and the real answers of every described operation, for each of its statuses,
 * match the described media type and schema (schemas are closed, so an undescribed field fails).
 */
class OpenApiTest {
  private static final ObjectMapper JSON = JsonMapper.create();
  // The document is handed to the validator under this name; nothing is fetched from it.
  private static final String DOC = "https://newsarchive.invalid/openapi.json";
  // Statuses a fixture cannot cause on demand: the server busy.
  private static final Set<String> NOT_CAUSED = Set.of("503");
  private static final String TOKEN = "an-openapi-test-token";
  private static final List<String> WITH_TOKEN =
      List.of("Authorization: Bearer " + TOKEN, "Content-Type: application/json");
  private static final List<String> CROSS_SITE =
      List.of("Authorization: Bearer " + TOKEN, "Origin: https://elsewhere.example");

  @TempDir static Path dir;
  static FixtureArchive archive;
  static IndexView view;
  static SavedSearchStore store;
  static Javalin app;
  static JsonNode doc;
  static SchemaRegistry schemas;

  @BeforeAll
  static void start() throws IOException {
    archive = new FixtureArchive(dir.resolve("index")).index();
    view = new IndexView(archive.dir);
    Searcher searcher = archive.searcher(view);
    store = SavedSearchStore.open(SavedSearchStore.fileFor(archive.dir));
    SavedRoutes saved =
        new SavedRoutes(
            store,
            Pipeline.ARCHIVE.arrivals(view, searcher),
            TOKEN,
            "127.0.0.1",
            JSON,
            Clock.systemUTC());
    app =
        WebServer.create(
                searcher,
                JSON,
                Files.createDirectories(dir.resolve("web")),
                HeavyRequests.forThisMachine(),
                saved)
            .start("127.0.0.1", 0);
    String text;
    try (InputStream in = OpenApiTest.class.getResourceAsStream(OpenApiDocument.RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    doc = JSON.readTree(text);
    schemas =
        SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi31(),
            b ->
                b.schemas(Map.of(DOC, text))
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .locale(Locale.ROOT)
                            .build()));
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    store.close();
    view.close();
  }

  /** One real request: the operation it exercises, its target and the status it must get. */
  private record Call(
      String operation, String target, int status, List<String> headers, String body) {
    Call(String operation, String target, int status) {
      this(operation, target, status, List.of(), null);
    }

    Call(String operation, String target, int status, List<String> headers) {
      this(operation, target, status, headers, null);
    }

    String method() {
      return operation.substring(0, operation.indexOf(' '));
    }
  }

  private static List<Call> calls() throws IOException {
    String id = archive.id("badia");
    String next =
        JSON.readTree(RawHttp.get(app.port(), "/api/search?q=militants&sort=newest&size=1").body())
            .get("next")
            .asText();
    String tag = RawHttp.get(app.port(), "/api/search?q=raqqa").header("ETag");
    return List.of(
        new Call("GET /api/search", "/api/search?q=militants&sort=newest&size=1", 200),
        new Call("GET /api/search", "/api/search?q=militants&sort=newest&after=" + next, 200),
        new Call("GET /api/search", "/api/search?q=ISIL&facets=faction,year", 200),
        new Call("GET /api/search", "/api/search?q=Salamah", 200),
        new Call(
            "GET /api/search",
            "/api/search?q=raqqa&faction=Islamic%20State&faction.mode=all&site.not=Desert%20Line"
                + "&from=2016-01-01&to=2017-12-31&exact=true&page=1&size=5",
            200),
        new Call("GET /api/search", "/api/search?q=raqqa", 304, List.of("If-None-Match: " + tag)),
        new Call("GET /api/search", "/api/search?page=0", 400),
        new Call("GET /api/articles/{id}", "/api/articles/" + id, 200),
        new Call(
            "GET /api/articles/{id}", "/api/articles/" + id, 304, List.of("If-None-Match: " + tag)),
        new Call("GET /api/articles/{id}", "/api/articles/0000000000000000", 404),
        new Call("GET /api/articles/{id}/cite", "/api/articles/" + id + "/cite", 200),
        new Call(
            "GET /api/articles/{id}/cite",
            "/api/articles/" + id + "/cite",
            304,
            List.of("If-None-Match: " + tag)),
        new Call("GET /api/articles/{id}/cite", "/api/articles/0000000000000000/cite", 404),
        new Call("GET /api/articles/{id}/cite.ris", "/api/articles/" + id + "/cite.ris", 200),
        new Call(
            "GET /api/articles/{id}/cite.ris",
            "/api/articles/" + id + "/cite.ris",
            304,
            List.of("If-None-Match: " + tag)),
        new Call("GET /api/articles/{id}/cite.ris", "/api/articles/0000000000000000/cite.ris", 404),
        new Call("GET /api/facets/{dim}", "/api/facets/location?prefix=raq", 200),
        new Call(
            "GET /api/facets/{dim}", "/api/facets/country?q=militants&site=Desert%20Line", 200),
        new Call(
            "GET /api/facets/{dim}", "/api/facets/site", 304, List.of("If-None-Match: " + tag)),
        new Call("GET /api/facets/{dim}", "/api/facets/colour", 400),
        new Call("GET /api/export", "/api/export?q=raqqa&format=jsonl&body=true", 200),
        new Call("GET /api/export", "/api/export?q=raqqa&sort=oldest&format=csv", 200),
        new Call("GET /api/export", "/api/export?q=raqqa", 304, List.of("If-None-Match: " + tag)),
        new Call("GET /api/export", "/api/export?format=xml", 400),
        new Call("GET /api/feed.atom", "/api/feed.atom?q=raqqa&size=3", 200),
        new Call("GET /api/feed.atom", "/api/feed.atom", 304, List.of("If-None-Match: " + tag)),
        new Call("GET /api/feed.atom", "/api/feed.atom?size=500", 400),
        new Call("GET /api/feed.json", "/api/feed.json?country=SY", 200),
        new Call("GET /api/feed.json", "/api/feed.json", 304, List.of("If-None-Match: " + tag)),
        new Call("GET /api/feed.json", "/api/feed.json?from=yesterday", 400),
        new Call("GET /api/openapi.json", "/api/openapi.json", 200),
        new Call(
            "GET /api/openapi.json", "/api/openapi.json", 304, List.of("If-None-Match: " + tag)),
        new Call("GET /health", "/health", 200),
        new Call("GET /api/session", "/api/session", 200, List.of("Sec-Fetch-Site: same-origin")),
        new Call("GET /api/session", "/api/session", 403),
        new Call(
            "POST /api/saved",
            "/api/saved",
            201,
            WITH_TOKEN,
            "{\"name\": \"Raqqa\", \"query\": \"q=raqqa&faction=Islamic+State\","
                + " \"webhook\": \"http://127.0.0.1:9/hook\"}"),
        new Call("POST /api/saved", "/api/saved", 400, WITH_TOKEN, "not json"),
        new Call("POST /api/saved", "/api/saved", 401, List.of(), "{}"),
        new Call("POST /api/saved", "/api/saved", 403, CROSS_SITE, "{}"),
        new Call("GET /api/saved", "/api/saved", 200, WITH_TOKEN),
        new Call("GET /api/saved", "/api/saved", 401),
        new Call("GET /api/saved", "/api/saved", 403, CROSS_SITE),
        new Call("POST /api/saved/{id}/seen", "/api/saved/1/seen", 200, WITH_TOKEN, ""),
        new Call("POST /api/saved/{id}/seen", "/api/saved/1/seen", 401, List.of(), ""),
        new Call("POST /api/saved/{id}/seen", "/api/saved/1/seen", 403, CROSS_SITE, ""),
        new Call("POST /api/saved/{id}/seen", "/api/saved/99/seen", 404, WITH_TOKEN, ""),
        new Call("DELETE /api/saved/{id}", "/api/saved/1", 401),
        new Call("DELETE /api/saved/{id}", "/api/saved/1", 403, CROSS_SITE),
        new Call("DELETE /api/saved/{id}", "/api/saved/1", 204, WITH_TOKEN),
        new Call("DELETE /api/saved/{id}", "/api/saved/1", 404, WITH_TOKEN));
  }

  @Test
  void everyRouteUnderApiIsDescribedAndNothingElseIs() {
    Set<String> routes = new TreeSet<>();
    app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(e -> e.endpoint)
        .filter(e -> e.method.isHttpMethod())
        .filter(e -> e.path.startsWith("/api/") || e.path.equals("/health"))
        .forEach(e -> routes.add(e.method.name() + " " + e.path));
    assertEquals(described(), routes);
  }

  @Test
  void everyDescribedAnswerIsWhatTheServerSends() throws IOException {
    Set<String> exercised = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (Call call : calls()) {
      JsonNode operation = operation(call.operation());
      String status = String.valueOf(call.status());
      exercised.add(call.operation() + " " + status);
      checkParameters(call, operation, problems);
      RawHttp.Response r =
          RawHttp.send(app.port(), call.method(), call.target(), call.headers(), call.body());
      assertEquals(call.status(), r.status(), call.target() + " -> " + r.body());
      String pointer = pointer(call.operation()) + "/responses/" + status;
      JsonNode response = operation.path("responses").path(status);
      assertTrue(!response.isMissingNode(), call.operation() + " describes no " + status);
      if (response.has("$ref")) {
        pointer = response.get("$ref").asText();
        response = resolve(pointer);
      }
      if (!response.has("content")) {
        assertEquals("", r.body(), call.target());
        continue;
      }
      String type = r.header("Content-Type").split(";")[0].strip().toLowerCase(Locale.ROOT);
      assertTrue(
          response.get("content").has(type),
          call.target() + " answers " + type + ", described " + response.get("content"));
      Schema schema =
          schemas.getSchema(
              SchemaLocation.of(DOC + pointer + "/content/" + escape(type) + "/schema"));
      List<String> documents =
          type.equals("application/x-ndjson")
              ? r.body().lines().toList()
              : type.contains("json") ? List.of(r.body()) : List.of();
      for (String json : documents) {
        List<Error> errors = schema.validate(JSON.readTree(json));
        if (!errors.isEmpty()) {
          problems.add(call.target() + ": " + errors);
        }
      }
    }
    assertEquals(List.of(), problems);
    Set<String> described = new TreeSet<>();
    for (String op : described()) {
      operation(op)
          .get("responses")
          .fieldNames()
          .forEachRemaining(
              s -> {
                if (!NOT_CAUSED.contains(s)) {
                  described.add(op + " " + s);
                }
              });
    }
    assertEquals(described, new TreeSet<>(exercised), "every described answer is checked");
  }

  @Test
  void theServedDocumentIsTheOneChecked() throws IOException {
    RawHttp.Response r = RawHttp.get(app.port(), "/api/openapi.json");
    assertEquals(doc, JSON.readTree(r.body()));
    assertTrue(doc.get("openapi").asText().startsWith("3.1."));
    for (String op : described()) {
      assertNotNull(operation(op).get("operationId"), op);
    }
  }

  /** Each query parameter of the call must be one its operation describes. */
  private static void checkParameters(Call call, JsonNode operation, List<String> problems) {
    Set<String> names = new HashSet<>();
    for (JsonNode p : operation.path("parameters")) {
      JsonNode param = p.has("$ref") ? resolve(p.get("$ref").asText()) : p;
      names.add(param.get("name").asText());
    }
    int q = call.target().indexOf('?');
    if (q < 0) {
      return;
    }
    for (String pair : call.target().substring(q + 1).split("&")) {
      String name = URLDecoder.decode(pair.split("=")[0], StandardCharsets.UTF_8);
      if (!names.contains(name)) {
        problems.add(call.operation() + " does not describe the parameter " + name);
      }
    }
  }

  /** "GET /api/search" and the others: every operation the document describes. */
  private static Set<String> described() {
    Set<String> ops = new TreeSet<>();
    for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
      path.getValue()
          .fieldNames()
          .forEachRemaining(m -> ops.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey()));
    }
    return ops;
  }

  private static JsonNode operation(String op) {
    JsonNode node = resolve(pointer(op));
    assertTrue(!node.isMissingNode(), op + " is not described");
    return node;
  }

  /** The JSON pointer (as a fragment) of an operation: "#/paths/~1api~1search/get". */
  private static String pointer(String op) {
    String[] parts = op.split(" ", 2);
    return "#/paths/" + escape(parts[1]) + "/" + parts[0].toLowerCase(Locale.ROOT);
  }

  private static JsonNode resolve(String fragment) {
    return doc.at(fragment.substring(1).replace("%7B", "{").replace("%7D", "}"));
  }

  /** A JSON pointer token, written as it may stand in a URI fragment. */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
  }
}
