package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import newsarchive.json.JsonMapper;
import newsarchive.search.FixtureArchive;
import newsarchive.search.IndexView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a hostile or careless client can send: every answer is JSON with one sentence, 400 or 404
 * (or a sensible 200), never a 500, answered within a hang guard, and always with the security
 * headers. Requests go over a raw socket so that "../" and broken percent-encoding reach the server
 * exactly as written.
 */
class WebHardeningTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = JsonMapper.create();
  private static final String SECRET = "TOP-SECRET-NOT-FOR-THE-WEB";
  @TempDir static Path dir;
  static IndexView view;
  static Javalin app;
  static int port;

  @BeforeAll
  static void start() throws IOException {
    FixtureArchive archive = new FixtureArchive(dir.resolve("index")).index();
    view = new IndexView(archive.dir);
    Path web = Files.createDirectories(dir.resolve("web"));
    Files.writeString(web.resolve("index.html"), "<!doctype html><title>archive</title>");
    Files.createDirectories(web.resolve("js"));
    Files.writeString(web.resolve("js/main.js"), "console.log('archive');");
    Files.createDirectories(web.resolve("sub"));
    Files.writeString(web.resolve("sub/inner-file-name.txt"), "inner");
    Files.writeString(dir.resolve("secret.txt"), SECRET);
    app = WebServer.create(archive.searcher(view), JSON, web).start("127.0.0.1", 0);
    port = app.port();
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    view.close();
  }

  private static RawHttp.Response get(String target) {
    return assertTimeoutPreemptively(HANG_GUARD, () -> RawHttp.get(port, target));
  }

  private static String error(RawHttp.Response r) throws IOException {
    assertTrue(r.header("Content-Type").startsWith("application/json"), r.toString());
    JsonNode body = JSON.readTree(r.body());
    String sentence = body.get("error").asText();
    assertFalse(sentence.isBlank() || sentence.contains("\n"), sentence);
    assertTrue(sentence.endsWith("."), sentence);
    return sentence;
  }

  private static void assertSecurityHeaders(String what, RawHttp.Response r) {
    String csp = r.header("Content-Security-Policy");
    assertTrue(csp.contains("script-src 'self'"), what + ": " + csp);
    assertFalse(csp.contains("unsafe-inline"), what + ": " + csp);
    assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + csp);
    assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
    assertEquals("no-referrer", r.header("Referrer-Policy"), what);
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static Stream<Arguments> badSearches() {
    // A thousand one-letter words: as many terms as fit in the 2000-character limit.
    String thousandTerms =
        IntStream.range(0, 999)
            .mapToObj(i -> String.valueOf((char) ('b' + i % 25)))
            .collect(Collectors.joining(" "));
    return Stream.of(
        Arguments.of(
            "unbalanced quote",
            "/api/search?q=" + q("\"rebels seize"),
            200,
            "ignored the unclosed quote"),
        Arguments.of(
            "unbalanced parenthesis",
            "/api/search?q=" + q("(rebels OR militants"),
            200,
            "ignored the unmatched parenthesis"),
        Arguments.of(
            "closing parenthesis first",
            "/api/search?q=" + q("rebels)"),
            200,
            "ignored the unmatched parenthesis"),
        Arguments.of("lone minus", "/api/search?q=-", 200, "ignored -"),
        Arguments.of("lone star", "/api/search?q=*", 200, null),
        Arguments.of("star colon star", "/api/search?q=" + q("*:*"), 200, null),
        Arguments.of(
            "leading wildcard",
            "/api/search?q=" + q("*ilitants"),
            200,
            "searched ilitants as a word"),
        Arguments.of(
            "leading question mark",
            "/api/search?q=" + q("?ilitants"),
            200,
            "searched ilitants as a word"),
        Arguments.of("999 terms", "/api/search?q=" + q(thousandTerms), 200, null),
        Arguments.of(
            "2001 characters",
            "/api/search?q=" + "x".repeat(2001),
            400,
            "The query is too long; keep it under 2000 characters."),
        Arguments.of(
            "a 100 KB query",
            "/api/search?q=" + "x".repeat(100_000),
            414,
            "The address is too long; keep the query under 2000 characters."),
        Arguments.of(
            "regular expression",
            "/api/search?q=" + q("/(a+)+b/"),
            200,
            "ignored /; searched a as a word; searched b as a word"),
        Arguments.of(
            "wildcard bomb", "/api/search?q=" + q("ab" + "*?".repeat(200) + "c"), 200, null),
        Arguments.of("fuzzy on every word", "/api/search?q=" + q("ab~2 ".repeat(300)), 200, null),
        Arguments.of(
            "fuzzy bomb", "/api/search?q=" + q("militants~2 " + "ab~2 ".repeat(40)), 200, null),
        Arguments.of("page -1", "/api/search?page=-1", 400, "page must be 1 or more."),
        Arguments.of(
            "size 10^9", "/api/search?size=1000000000", 400, "size must be between 1 and 100."),
        Arguments.of(
            "size past an int",
            "/api/search?size=99999999999999",
            400,
            "size must be a whole number, not '99999999999999'."),
        Arguments.of(
            "non-numeric page",
            "/api/search?page=two",
            400,
            "page must be a whole number, not 'two'."),
        Arguments.of(
            "impossible date",
            "/api/search?from=2017-13-45",
            400,
            "from must be a real date written YYYY-MM-DD, not '2017-13-45'."),
        Arguments.of(
            "30 February",
            "/api/search?to=2017-02-30",
            400,
            "to must be a real date written YYYY-MM-DD, not '2017-02-30'."),
        Arguments.of(
            "unknown facet",
            "/api/facets/colour",
            400,
            "Unknown facet 'colour'; use faction, location, country, site, year or month."),
        Arguments.of(
            "unknown facet asked for",
            "/api/search?facets=faction,colour",
            400,
            "Unknown facet 'colour'; use faction, location, country, site, year or month."),
        Arguments.of("unknown parameter is ignored", "/api/search?colour=red", 200, null),
        Arguments.of(
            "repeated single parameter", "/api/search?q=a&q=b", 400, "Give q once, not 2 times."),
        Arguments.of(
            "invalid UTF-8 in the query string",
            "/api/search?q=%C3%28",
            400,
            "The address holds bytes that are not valid UTF-8 text."),
        Arguments.of(
            "invalid UTF-8 in a facet value",
            "/api/search?faction=%FF%FE",
            400,
            "The address holds bytes that are not valid UTF-8 text."),
        Arguments.of("lone percent sign", "/api/search?q=100%", 200, null),
        Arguments.of("NUL byte in the query", "/api/search?q=%00", 200, null),
        Arguments.of(
            "../ in an article id",
            "/api/articles/..%2F..%2Fetc%2Fpasswd",
            404,
            "No article has the id '../../etc/passwd'."),
        Arguments.of(
            "an id that is not one",
            "/api/articles/" + q("<script>"),
            404,
            "No article has the id '<script>'."),
        Arguments.of(
            "invalid UTF-8 in an article id",
            "/api/articles/%C3%28",
            400,
            "The address holds bytes that are not valid UTF-8 text."),
        Arguments.of(
            "a cursor that is not one",
            "/api/search?after=%2F%2F..",
            400,
            "The 'after' cursor is damaged; start again from page 1."),
        Arguments.of(
            "a cursor whose id is not one",
            "/api/search?q=raqqa&after=UjoxMDY1MzUzMjE2OjxzY3JpcHQ-",
            400,
            "The 'after' cursor is damaged; start again from page 1."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSearches")
  void badRequestsGetASentenceNeverA500(String name, String target, int status, String sentence)
      throws IOException {
    RawHttp.Response r = get(target);
    assertEquals(status, r.status(), name + ": " + r);
    assertSecurityHeaders(name, r);
    if (status == 200 && sentence != null) {
      // Query text is never refused: what was not read as syntax is said in "interpreted".
      assertEquals(sentence, JSON.readTree(r.body()).get("interpreted").asText(), r.body());
    } else if (sentence != null) {
      assertEquals(sentence, error(r));
    } else {
      assertTrue(JSON.readTree(r.body()).has("total"), r.body());
    }
  }

  static Stream<String> traversals() {
    return Stream.of(
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/..%2fsecret.txt",
        "/..%2Fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "/..;/secret.txt",
        "/sub/../../secret.txt",
        "/sub/%2e%2e/%2e%2e/secret.txt",
        "/%252e%252e/secret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "/.%2e/secret.txt",
        "//secret.txt",
        "/api/articles/../../secret.txt",
        "/api/articles/..%2f..%2f..%2fsecret.txt",
        "/api/articles/%2e%2e/%2e%2e/%2e%2e/secret.txt",
        "/api/facets/..%2f..%2fsecret.txt",
        "/api/../../secret.txt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("traversals")
  void noRouteReachesAFileOutsideTheWebFolder(String target) throws IOException {
    RawHttp.Response r = get(target);
    assertFalse(r.body().contains(SECRET), target + " leaked the file");
    assertTrue(r.status() == 400 || r.status() == 404, target + ": " + r);
    assertSecurityHeaders(target, r);
    error(r);
  }

  @Test
  void aFolderIsNeverListed() throws IOException {
    for (String target : List.of("/sub/", "/sub", "/sub/.")) {
      RawHttp.Response r = get(target);
      assertFalse(r.body().contains("inner-file-name"), target + ": " + r);
      assertEquals(404, r.status(), target);
      assertSecurityHeaders(target, r);
    }
    assertEquals("inner", get("/sub/inner-file-name.txt").body());
  }

  @Test
  void everyKindOfResponseCarriesTheSecurityHeaders() throws IOException {
    for (String target :
        List.of(
            "/",
            "/index.html",
            "/js/main.js",
            "/missing.css",
            "/health",
            "/api/search?q=militants",
            "/api/search?page=0",
            "/api/articles/0000000000000000",
            "/api/search?q=%C3%28")) {
      assertSecurityHeaders(target, get(target));
    }
    RawHttp.Response head = RawHttp.send(port, "HEAD", "/js/main.js", List.of());
    assertSecurityHeaders("HEAD /js/main.js", head);
  }

  @Test
  void aMethodOtherThanGetIsRefusedWithJson() throws IOException {
    RawHttp.Response r = RawHttp.send(port, "DELETE", "/api/search", List.of());
    assertEquals(405, r.status(), r.toString());
    assertEquals("GET, HEAD", r.header("Allow"));
    assertEquals("/api/search answers GET and HEAD requests, not DELETE.", error(r));
    assertSecurityHeaders("DELETE", r);
  }
}
