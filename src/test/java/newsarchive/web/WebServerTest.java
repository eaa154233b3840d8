package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsarchive.json.JsonMapper;
import newsarchive.search.FixtureArchive;
import newsarchive.search.IndexView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebServerTest {
  @TempDir static Path dir;
  static FixtureArchive archive;
  static IndexView view;
  static Path webDir;
  static final ObjectMapper JSON = JsonMapper.create();

  @BeforeAll
  static void start() throws IOException {
    archive = new FixtureArchive(dir.resolve("index")).index();
    view = new IndexView(archive.dir);
    Path web = Files.createDirectories(dir.resolve("web"));
    Files.writeString(
        web.resolve("index.html"), "<!doctype html><title>archive</title>", StandardCharsets.UTF_8);
    Files.writeString(
        Files.createDirectories(web.resolve("js")).resolve("main.js"),
        "import { a } from './a.js';",
        StandardCharsets.UTF_8);
    webDir = web;
  }

  /** A new app for each test: Javalin's test tool starts and stops one app once. */
  private static Javalin app() {
    return WebServer.create(archive.searcher(view), JSON, webDir);
  }

  @AfterAll
  static void stop() throws IOException {
    view.close();
  }

  private static String header(Response r, String name) {
    List<String> values = r.headers().get(name);
    return values == null || values.isEmpty() ? "" : values.get(0);
  }

  private static JsonNode json(Response r) throws IOException {
    return JSON.readTree(r.body().string());
  }

  private static JsonNode get(HttpClient client, String path, int status) throws IOException {
    Response r = client.get(path);
    JsonNode body = json(r);
    assertEquals(status, r.code(), path + " -> " + body);
    return body;
  }

  @Test
  void searchAnswersTheContractShape() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          JsonNode r = get(client, "/api/search?q=militants&sort=newest", 200);
          assertEquals("militants", r.get("query").asText());
          assertEquals(2, r.get("total").asInt());
          assertEquals(1, r.get("page").asInt());
          assertEquals(10, r.get("size").asInt());
          assertTrue(r.get("tookMs").isNumber());
          List<String> ids = new ArrayList<>();
          r.get("hits").forEach(h -> ids.add(h.get("id").asText()));
          assertEquals(archive.ids("hostile", "jordan"), ids);
          JsonNode hit = r.get("hits").get(0);
          for (String field :
              List.of(
                  "title",
                  "url",
                  "site",
                  "published",
                  "score",
                  "snippets",
                  "factions",
                  "locations")) {
            assertTrue(hit.has(field), field);
          }
          for (String dim : List.of("faction", "location", "country", "site", "year")) {
            assertTrue(r.get("facets").has(dim), dim);
          }
          JsonNode first = r.get("facets").get("location").get(0);
          assertTrue(first.has("value") && first.has("count") && first.has("selected"));
        });
  }

  @Test
  void repeatedFacetParametersAreOredAndFacetsAnded() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          JsonNode r =
              get(
                  client,
                  "/api/search?faction=Islamic%20State&faction=Free%20Syrian%20Army&location=Badia",
                  200);
          assertEquals(2, r.get("total").asInt());
          JsonNode factions = r.get("facets").get("faction");
          assertEquals("Free Syrian Army", factions.get(0).get("value").asText());
          assertEquals(2, factions.get(0).get("count").asInt());
          assertTrue(factions.get(0).get("selected").asBoolean());
        });
  }

  @Test
  void facetModesAndExclusionsAreRead() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          String both = "/api/search?faction=Islamic%20State&faction=Free%20Syrian%20Army";
          assertEquals(5, get(client, both, 200).get("total").asInt());
          assertEquals(1, get(client, both + "&faction.mode=all", 200).get("total").asInt());
          assertEquals(
              get(client, "/api/search?q=" + enc("-location:Raqqa"), 200).get("total").asInt(),
              get(client, "/api/search?location.not=Raqqa", 200).get("total").asInt());
          JsonNode excluded =
              get(client, "/api/search?location.not=Raqqa", 200).get("facets").get("location");
          JsonNode raqqa = null;
          for (JsonNode v : excluded) {
            if (v.get("value").asText().equals("Raqqa")) {
              raqqa = v;
            }
          }
          assertEquals(2, raqqa.get("count").asInt());
          assertTrue(raqqa.get("excluded").asBoolean());
          assertEquals(
              "faction.mode must be any or all, not 'most'.",
              get(client, "/api/search?faction.mode=most", 400).get("error").asText());
        });
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void facetsParameterNamesTheFacetsCounted() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          JsonNode every = get(client, "/api/search?faction=Islamic%20State", 200);
          JsonNode some =
              get(
                  client,
                  "/api/search?faction=Islamic%20State&facets=year,faction&facets=site",
                  200);
          List<String> dims = new ArrayList<>();
          some.get("facets").fieldNames().forEachRemaining(dims::add);
          assertEquals(List.of("faction", "site", "year"), dims);
          assertEquals(every.get("facets").get("faction"), some.get("facets").get("faction"));
          assertEquals(every.get("total"), some.get("total"));
          assertEquals(6, every.get("facets").size());
        });
  }

  @Test
  void snippetOfAHostileArticleIsEscaped() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          JsonNode r = get(client, "/api/search?q=alert", 200);
          String snippet = r.get("hits").get(0).get("snippets").get(0).asText();
          assertFalse(snippet.contains("<script"), snippet);
          assertFalse(snippet.contains("<img"), snippet);
          assertTrue(
              snippet.contains("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;"), snippet);
        });
  }

  @Test
  void badParametersAreBadRequestsWithASentence() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          assertEquals(
              "page must be 1 or more.",
              get(client, "/api/search?page=0", 400).get("error").asText());
          assertEquals(
              "page must be 1 or more.",
              get(client, "/api/search?page=-1", 400).get("error").asText());
          assertEquals(
              "size must be between 1 and 100.",
              get(client, "/api/search?size=100000", 400).get("error").asText());
          assertEquals(
              "size must be a whole number, not 'ten'.",
              get(client, "/api/search?size=ten", 400).get("error").asText());
          assertEquals(
              "from (2018-01-01) is after to (2017-01-01).",
              get(client, "/api/search?from=2018-01-01&to=2017-01-01", 400).get("error").asText());
          assertEquals(
              "Unknown sort 'random'; use relevance, newest or oldest.",
              get(client, "/api/search?sort=random", 400).get("error").asText());
          assertEquals(
              "from must be a real date written YYYY-MM-DD, not '2017-13-45'.",
              get(client, "/api/search?from=2017-13-45", 400).get("error").asText());
          assertEquals(
              "Give page once, not 2 times.",
              get(client, "/api/search?page=1&page=2", 400).get("error").asText());
          // Query text is never a 400: what is not syntax is searched as words, and said so.
          assertEquals(
              "ignored the unclosed quote",
              get(client, "/api/search?q=%22unclosed", 200).get("interpreted").asText());
          assertEquals(
              "ignored the unmatched parenthesis",
              get(client, "/api/search?q=(a", 200).get("interpreted").asText());
          assertEquals(
              "searched ilitants as a word",
              get(client, "/api/search?q=*ilitants", 200).get("interpreted").asText());
          assertTrue(get(client, "/api/search?q=militants", 200).get("interpreted").isNull());
          get(client, "/api/search?q=" + "x".repeat(3000), 400);
          get(client, "/api/search?page=2000&size=10", 400);
          get(client, "/api/search?after=not-a-cursor", 400);
          get(client, "/api/facets/colour", 400);
        });
  }

  @Test
  void articlesAreFoundByIdAndUnknownOnesAre404() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          JsonNode a = get(client, "/api/articles/" + archive.id("badia"), 200);
          assertEquals(archive.id("badia"), a.get("id").asText());
          assertEquals("Rebels seize desert villages from Islamic State", a.get("title").asText());
          assertEquals("2017-05-29", a.get("published").asText());
          assertTrue(a.get("body").asText().startsWith("AMMAN - Rebels"));
          assertEquals("Osoud al-Sharqiya", a.get("factions").get(1).get("name").asText());
          assertEquals("Free Syrian Army", a.get("factions").get(1).get("parent").asText());
          get(client, "/api/articles/0000000000000000", 404);
          get(client, "/api/articles/..%2F..%2Fetc%2Fpasswd", 404);
          get(client, "/api/nothing", 404);
        });
  }

  @Test
  void facetValueSearchIsScopedToTheQuery() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          JsonNode r = get(client, "/api/facets/location?prefix=ra&q=Islamic", 200);
          assertEquals("location", r.get("dim").asText());
          assertEquals("Raqqa", r.get("values").get(0).get("value").asText());
          assertEquals(2, r.get("values").get(0).get("count").asInt());
        });
  }

  @Test
  void healthCountsArticles() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          JsonNode h = get(client, "/health", 200);
          assertEquals("ok", h.get("status").asText());
          assertEquals(8, h.get("articles").asInt());
        });
  }

  @Test
  void moduleScriptsInAFolderAreServedAsJavaScript() {
    // A browser refuses to run a module script sent with any type but a JavaScript one.
    JavalinTest.test(
        app(),
        (server, client) -> {
          Response r = client.get("/js/main.js");
          assertEquals(200, r.code());
          String type = header(r, "Content-Type");
          assertTrue(
              type.startsWith("text/javascript") || type.startsWith("application/javascript"),
              type);
          assertEquals("import { a } from './a.js';", r.body().string());
        });
  }

  @Test
  void everyResponseCarriesSecurityHeaders() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          for (String path : List.of("/", "/api/search", "/api/nothing")) {
            Response r = client.get(path);
            String csp = header(r, "Content-Security-Policy");
            assertTrue(
                csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
                path + ": " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), path);
            assertEquals("nosniff", header(r, "X-Content-Type-Options"), path);
            assertEquals("no-referrer", header(r, "Referrer-Policy"), path);
          }
          assertTrue(client.get("/").body().string().contains("<title>archive</title>"));
        });
  }
}
