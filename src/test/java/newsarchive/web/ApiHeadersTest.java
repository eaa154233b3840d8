package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsarchive.Pipeline;
import newsarchive.index.Indexer;
import newsarchive.ingest.Articles;
import newsarchive.json.JsonMapper;
import newsarchive.search.FixtureArchive;
import newsarchive.search.IndexView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headers an API client builds on, over the real server: ETag and 304 tied to the index's
 * commits, Cache-Control and Vary, 405 with Allow, and CORS for the origins the user allows.
 */
class ApiHeadersTest {
  private static final ObjectMapper JSON = JsonMapper.create();
  private static final String ALLOWED = "https://analysis.example.org";

  @TempDir Path dir;
  private FixtureArchive archive;
  private IndexView view;
  private Javalin app;

  @BeforeEach
  void start() throws IOException {
    archive = new FixtureArchive(dir.resolve("index")).index();
    view = new IndexView(archive.dir);
    Files.createDirectories(dir.resolve("web"));
    app =
        WebServer.create(
                archive.searcher(view),
                JSON,
                dir.resolve("web"),
                HeavyRequests.forThisMachine(),
                Cors.allowing(List.of(ALLOWED, "http://localhost:3000")))
            .start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() throws IOException {
    app.stop();
    view.close();
  }

  private RawHttp.Response send(String method, String target, String... headers)
      throws IOException {
    return RawHttp.send(app.port(), method, target, List.of(headers));
  }

  @Test
  void aRepeatWithItsEtagIs304UntilACommitChangesTheTag() throws IOException, InterruptedException {
    RawHttp.Response first = send("GET", "/api/search?q=militants");
    assertEquals(200, first.status());
    String tag = first.header("ETag");
    assertTrue(tag.matches("W/\"[0-9]+-[0-9a-z]+\""), tag);
    assertEquals("no-cache", first.header("Cache-Control"));
    assertEquals(2, JSON.readTree(first.body()).get("total").asInt());

    RawHttp.Response repeat = send("GET", "/api/search?q=militants", "If-None-Match: " + tag);
    assertEquals(304, repeat.status());
    assertEquals("", repeat.body());
    assertEquals(tag, repeat.header("ETag"));
    // Every read-only address is tagged by the same index version.
    for (String target :
        List.of(
            "/api/articles/" + archive.id("jordan"),
            "/api/articles/" + archive.id("jordan") + "/cite",
            "/api/facets/site?prefix=desert",
            "/api/feed.json",
            "/api/export?q=militants",
            "/api/openapi.json")) {
      assertEquals(304, send("GET", target, "If-None-Match: " + tag).status(), target);
    }

    try (Indexer indexer = Pipeline.indexer(archive.dir)) {
      indexer.put(
          Articles.tagged(
              "militants.txt", "Militants seen", "Militants were seen near Raqqa.", List.of()));
    }
    // The view's own refresher may be mid-refresh, when refresh() leaves it to that one: wait
    // until the commit is seen, or give up.
    long deadline = System.nanoTime() + 30_000_000_000L;
    view.refresh();
    while (archive.searcher(view).count() < archive.articles.size() + 1
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
      view.refresh();
    }
    RawHttp.Response after = send("GET", "/api/search?q=militants", "If-None-Match: " + tag);
    assertEquals(200, after.status());
    assertNotEquals(tag, after.header("ETag"));
    assertEquals(3, JSON.readTree(after.body()).get("total").asInt());
    assertEquals(
        304,
        send("GET", "/api/search?q=militants", "If-None-Match: \"x\", " + after.header("ETag"))
            .status());
  }

  @Test
  void answersVaryByEncodingAndOriginAndErrorsAreNeitherTaggedNorKept() throws IOException {
    RawHttp.Response ok = send("GET", "/api/search?q=militants", "Accept-Encoding: gzip");
    assertEquals("Accept-Encoding, Origin", ok.header("Vary"));
    RawHttp.Response bad = send("GET", "/api/search?page=0");
    assertEquals(400, bad.status());
    assertEquals("", bad.header("ETag"));
    assertEquals("no-store", bad.header("Cache-Control"));
    assertEquals("Accept-Encoding, Origin", bad.header("Vary"));
    RawHttp.Response missing = send("GET", "/api/articles/0000000000000000");
    assertEquals(404, missing.status());
    assertEquals("", missing.header("ETag"));
    // Outside the API nothing is tagged by the index.
    assertEquals("", send("GET", "/health").header("ETag"));
  }

  @Test
  void aWrongMethodIs405WithAllowAndOneSentence() throws IOException {
    RawHttp.Response post = send("POST", "/api/search?q=raqqa", "Content-Length: 0");
    assertEquals(405, post.status());
    assertEquals("GET, HEAD", post.header("Allow"));
    assertTrue(post.header("Content-Type").startsWith("application/json"), post.toString());
    assertEquals(
        "/api/search answers GET and HEAD requests, not POST.",
        JSON.readTree(post.body()).get("error").asText());
    assertEquals("nosniff", post.header("X-Content-Type-Options"));
    assertEquals("", post.header("ETag"));

    RawHttp.Response delete = send("DELETE", "/api/articles/" + archive.id("jordan"));
    assertEquals(405, delete.status());
    assertEquals("GET, HEAD", delete.header("Allow"));
    assertEquals(
        "/api/articles/" + archive.id("jordan") + " answers GET and HEAD requests, not DELETE.",
        JSON.readTree(delete.body()).get("error").asText());
    // An address that is no route at all stays a 404.
    assertEquals(404, send("POST", "/api/nothing", "Content-Length: 0").status());
    assertEquals(200, send("HEAD", "/api/search?q=raqqa").status());
  }

  @Test
  void anAllowedOriginReadsTheApiAndItsPreflightIsAnswered() throws IOException {
    RawHttp.Response read = send("GET", "/api/search?q=raqqa", "Origin: " + ALLOWED);
    assertEquals(200, read.status());
    assertEquals(ALLOWED, read.header("Access-Control-Allow-Origin"));
    assertEquals(Cors.EXPOSED_HEADERS, read.header("Access-Control-Expose-Headers"));

    RawHttp.Response preflight =
        send(
            "OPTIONS",
            "/api/articles/" + archive.id("jordan"),
            "Origin: " + ALLOWED,
            "Access-Control-Request-Method: GET",
            "Access-Control-Request-Headers: if-none-match");
    assertEquals(204, preflight.status());
    assertEquals(ALLOWED, preflight.header("Access-Control-Allow-Origin"));
    assertEquals("GET, HEAD", preflight.header("Access-Control-Allow-Methods"));
    assertEquals(Cors.ALLOWED_HEADERS, preflight.header("Access-Control-Allow-Headers"));
    assertEquals("600", preflight.header("Access-Control-Max-Age"));
    assertEquals("Origin", preflight.header("Vary"));

    // A revalidation's 304 carries them too, or the browser could not use its copy.
    RawHttp.Response notModified =
        send(
            "GET",
            "/api/search?q=raqqa",
            "Origin: " + ALLOWED,
            "If-None-Match: " + read.header("ETag"));
    assertEquals(304, notModified.status());
    assertEquals(ALLOWED, notModified.header("Access-Control-Allow-Origin"));

    // An error is readable too, so the other site can show the sentence.
    RawHttp.Response bad = send("GET", "/api/search?size=0", "Origin: http://localhost:3000");
    assertEquals(400, bad.status());
    assertEquals("http://localhost:3000", bad.header("Access-Control-Allow-Origin"));
  }

  @Test
  void otherOriginsAndOtherAddressesGetNoCorsHeaders() throws IOException {
    RawHttp.Response other = send("GET", "/api/search?q=raqqa", "Origin: https://evil.example");
    assertEquals(200, other.status());
    assertNoCors(other);
    RawHttp.Response otherPreflight =
        send(
            "OPTIONS",
            "/api/search",
            "Origin: https://evil.example",
            "Access-Control-Request-Method: GET");
    assertEquals(405, otherPreflight.status());
    assertNoCors(otherPreflight);
    // Outside the read-only API: the page, /health, and writing methods.
    assertNoCors(send("GET", "/health", "Origin: " + ALLOWED));
    RawHttp.Response writePreflight =
        send("OPTIONS", "/api/saved", "Origin: " + ALLOWED, "Access-Control-Request-Method: POST");
    assertNoCors(writePreflight);
    assertNoCors(send("POST", "/api/search", "Origin: " + ALLOWED, "Content-Length: 0"));
  }

  private static void assertNoCors(RawHttp.Response r) {
    assertFalse(
        r.headers().keySet().stream().anyMatch(h -> h.startsWith("access-control-")), r.toString());
  }

  @Test
  void withoutCorsOriginsNothingIsAllowedAndAnswersVaryByEncodingOnly() throws IOException {
    try (IndexView other = new IndexView(archive.dir)) {
      Javalin plain =
          WebServer.create(archive.searcher(other), JSON, dir.resolve("web")).start("127.0.0.1", 0);
      try {
        RawHttp.Response r =
            RawHttp.send(plain.port(), "GET", "/api/search?q=raqqa", List.of("Origin: " + ALLOWED));
        assertEquals("Accept-Encoding", r.header("Vary"));
        assertNoCors(r);
      } finally {
        plain.stop();
      }
    }
  }

  @Test
  void originsAreCheckedAndWrittenAsBrowsersSendThem() throws IOException {
    for (String bad :
        List.of("*", "example.org", "https://example.org/api", "ftp://example.org", "https://")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Cors.allowing(List.of(bad)));
      assertEquals(
          "--cors-origin takes an origin such as https://example.org (scheme, host and port"
              + " only), not '"
              + bad
              + "'",
          e.getMessage());
    }
    app.stop();
    app =
        WebServer.create(
                archive.searcher(view),
                JSON,
                dir.resolve("web"),
                HeavyRequests.forThisMachine(),
                Cors.allowing(List.of("HTTPS://Analysis.Example.org:443/")))
            .start("127.0.0.1", 0);
    assertEquals(
        ALLOWED,
        send("GET", "/api/search", "Origin: " + ALLOWED).header("Access-Control-Allow-Origin"));
  }
}
