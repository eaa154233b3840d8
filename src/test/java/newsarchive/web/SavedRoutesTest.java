package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsarchive.Pipeline;
import newsarchive.index.Indexer;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import newsarchive.ingest.Articles;
import newsarchive.ingest.entities.FactionTag;
import newsarchive.ingest.entities.Mention;
import newsarchive.json.JsonMapper;
import newsarchive.saved.SavedSearchStore;
import newsarchive.search.FixtureArchive;
import newsarchive.search.IndexView;
import newsarchive.search.Searcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saved-search endpoints on the real server: what they keep and answer, the count of new
 * articles after an ingest, and the guard: no token is a 401, another site's request a 403 even
 * with the token, and the token goes only to the page's own requests.
 */
class SavedRoutesTest {
  private static final ObjectMapper JSON = JsonMapper.create();
  private static final String TOKEN = "a-test-token-of-some-length";
  private static final Instant MONDAY = Instant.parse("2024-05-06T09:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2024-05-07T09:30:00Z");

  @TempDir Path dir;
  private FixtureArchive fixture;
  private IndexView view;
  private SavedSearchStore store;
  private Javalin app;
  private int port;
  private final MovableClock clock = new MovableClock(MONDAY);

  /** A clock the test moves by hand. Not thread-safe. */
  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @BeforeEach
  void start() throws IOException {
    fixture = new FixtureArchive(dir.resolve("index")).index();
    view = new IndexView(fixture.dir);
    Searcher searcher = fixture.searcher(view);
    store = SavedSearchStore.open(SavedSearchStore.fileFor(fixture.dir));
    SavedRoutes routes =
        new SavedRoutes(
            store, Pipeline.ARCHIVE.arrivals(view, searcher), TOKEN, "127.0.0.1", JSON, clock);
    Path web = Files.createDirectories(dir.resolve("web"));
    Files.writeString(web.resolve("index.html"), "<!doctype html><title>archive</title>");
    app =
        WebServer.create(searcher, JSON, web, HeavyRequests.forThisMachine(), routes)
            .start("127.0.0.1", 0);
    port = app.port();
  }

  @AfterEach
  void stop() throws IOException {
    app.stop();
    store.close();
    view.close();
  }

  private RawHttp.Response call(String method, String target, String body, String... headers)
      throws IOException {
    List<String> all = new ArrayList<>(List.of(headers));
    if (body != null) {
      all.add("Content-Type: application/json");
    }
    return RawHttp.send(port, method, target, all, body);
  }

  private RawHttp.Response withToken(String method, String target, String body) throws IOException {
    return call(method, target, body, "Authorization: Bearer " + TOKEN);
  }

  private static JsonNode json(RawHttp.Response r) throws IOException {
    return JSON.readTree(r.body());
  }

  private JsonNode list() throws IOException {
    RawHttp.Response r = withToken("GET", "/api/saved", null);
    assertEquals(200, r.status(), r.body());
    return json(r).get("saved");
  }

  private static String error(RawHttp.Response r) throws IOException {
    return json(r).get("error").asText();
  }

  @Test
  void theListCountsInASlotOfTheSearchPoolAndIsBusyWhenNoneIsFree() throws IOException {
    withToken("POST", "/api/saved", "{\"name\": \"Raqqa\", \"query\": \"q=raqqa\"}");
    HeavyRequests pool = new HeavyRequests(1, 0, Duration.ZERO);
    Javalin busy =
        WebServer.create(
                fixture.searcher(view),
                JSON,
                dir.resolve("web"),
                pool,
                new SavedRoutes(
                    store,
                    Pipeline.ARCHIVE.arrivals(view, fixture.searcher(view)),
                    TOKEN,
                    "127.0.0.1",
                    JSON,
                    clock))
            .start("127.0.0.1", 0);
    try {
      List<String> auth = List.of("Authorization: Bearer " + TOKEN);
      assertTrue(pool.tryEnter());
      RawHttp.Response refused = RawHttp.send(busy.port(), "GET", "/api/saved", auth);
      assertEquals(503, refused.status(), refused.body());
      assertTrue(refused.header("Retry-After") != null);
      pool.leave();
      RawHttp.Response listed = RawHttp.send(busy.port(), "GET", "/api/saved", auth);
      assertEquals(200, listed.status(), listed.body());
      assertEquals("Raqqa", json(listed).get("saved").get(0).get("name").asText());
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    } finally {
      busy.stop();
    }
  }

  @Test
  void savedSearchesAreListedWithTheNewArticlesSinceTheyWereLastSeenAndTheirFeeds()
      throws IOException {
    RawHttp.Response created =
        withToken(
            "POST",
            "/api/saved",
            "{\"name\": \" Raqqa, IS \", \"query\": \"?q=raqqa&page=3&faction=Islamic+State"
                + "&article=abc\"}");
    assertEquals(201, created.status(), created.body());
    assertEquals("/api/saved/1", created.header("Location"));
    assertEquals(
        "{\"id\":1,\"name\":\"Raqqa, IS\",\"query\":\"q=raqqa&faction=Islamic+State\","
            + "\"created\":\"2024-05-06T09:00:00Z\",\"lastSeen\":\"2024-05-06T09:00:00Z\","
            + "\"webhook\":null,\"new\":0,"
            + "\"links\":{\"page\":\"/?q=raqqa&faction=Islamic+State\","
            + "\"atom\":\"/api/feed.atom?q=raqqa&faction=Islamic+State\","
            + "\"json\":\"/api/feed.json?q=raqqa&faction=Islamic+State\"}}",
        created.body());
    assertEquals(
        201,
        withToken(
                "POST",
                "/api/saved",
                "{\"name\": \"Everything\", \"webhook\": \"https://example.org/hook\"}")
            .status());

    FactionTag is =
        new FactionTag("Islamic State", "armed group", null, List.of(new Mention(0, 1, "x")));
    try (Indexer indexer =
        new Indexer(fixture.dir, new Schema(), new StoredArticle(JSON), f -> Set.of())) {
      indexer.put(Articles.tagged("n/1.txt", "Raqqa curfew", "Raqqa at night.", List.of(is)));
      indexer.put(Articles.tagged("n/2.txt", "Raqqa bakeries", "Raqqa bread.", List.of()));
      indexer.put(Articles.tagged("n/3.txt", "Mosul bridge", "Mosul.", List.of(is)));
    }
    view.refresh();
    JsonNode saved = list();
    assertEquals(2, saved.size());
    assertEquals("Raqqa, IS", saved.get(0).get("name").asText());
    assertEquals(1, saved.get(0).get("new").asInt(), "one new article is tagged IS and has Raqqa");
    assertEquals(3, saved.get(1).get("new").asInt());
    assertEquals("", saved.get(1).get("query").asText());
    assertEquals("/", saved.get(1).at("/links/page").asText());
    assertEquals("https://example.org/hook", saved.get(1).get("webhook").asText());

    clock.now = TUESDAY;
    RawHttp.Response seen = withToken("POST", "/api/saved/1/seen", null);
    assertEquals(200, seen.status(), seen.body());
    assertEquals(0, json(seen).get("new").asInt());
    assertEquals("2024-05-07T09:30:00Z", json(seen).get("lastSeen").asText());
    assertEquals("2024-05-06T09:00:00Z", json(seen).get("created").asText());
    assertEquals(
        List.of(0, 3), List.of(list().get(0).get("new").asInt(), list().get(1).get("new").asInt()));

    assertEquals(204, withToken("DELETE", "/api/saved/1", null).status());
    RawHttp.Response again = withToken("DELETE", "/api/saved/1", null);
    assertEquals(404, again.status());
    assertEquals("No saved search has the id '1'.", error(again));
    assertEquals(404, withToken("POST", "/api/saved/1/seen", null).status());
    assertEquals(List.of("Everything"), List.of(list().get(0).get("name").asText()));
    assertEquals(1, list().size());
  }

  @Test
  void everySavedSearchEndpointRefusesARequestWithoutTheToken() throws IOException {
    String body = "{\"name\": \"Raqqa\", \"query\": \"q=raqqa\"}";
    for (String[] call :
        new String[][] {
          {"GET", "/api/saved"},
          {"POST", "/api/saved"},
          {"DELETE", "/api/saved/1"},
          {"POST", "/api/saved/1/seen"}
        }) {
      RawHttp.Response none = call(call[0], call[1], call[0].equals("POST") ? body : null);
      assertEquals(401, none.status(), call[1] + " " + none.body());
      assertEquals("Bearer realm=\"news-archive\"", none.header("WWW-Authenticate"));
      assertTrue(error(none).startsWith("Saved searches need the archive's token"), error(none));
      RawHttp.Response wrong =
          call(call[0], call[1], body, "Authorization: Bearer not-the-token-at-all");
      assertEquals(401, wrong.status());
      assertEquals(
          "The token is not the archive's; use the one printed when the server started.",
          error(wrong));
    }
    assertEquals(0, list().size(), "nothing was saved");
    assertEquals(201, call("POST", "/api/saved", body, "X-Archive-Token: " + TOKEN).status());
    assertEquals(1, list().size());
  }

  @Test
  void aRequestFromAnotherSiteIsRefusedEvenWithTheToken() throws IOException {
    String body = "{\"name\": \"Raqqa\", \"query\": \"q=raqqa\"}";
    String auth = "Authorization: Bearer " + TOKEN;
    String crossSite = "Requests from other sites cannot read or change saved searches.";
    RawHttp.Response foreign =
        call("POST", "/api/saved", body, auth, "Origin: https://news.example.org");
    assertEquals(403, foreign.status());
    assertEquals(crossSite, error(foreign));
    RawHttp.Response other = call("POST", "/api/saved", body, auth, "Sec-Fetch-Site: cross-site");
    assertEquals(403, other.status());
    assertEquals(crossSite, error(other));
    assertEquals(
        403, call("GET", "/api/saved", null, auth, "Origin: null").status(), "a sandboxed page");
    assertEquals(
        403, call("DELETE", "/api/saved/1", null, auth, "Sec-Fetch-Site: same-site").status());
    // A name rebound to the loopback address makes another site's page "same-origin".
    RawHttp.Response rebound =
        call(
            "POST",
            "/api/saved",
            body,
            auth,
            "Host: rebind.example.org:" + port,
            "Origin: http://rebind.example.org:" + port,
            "Sec-Fetch-Site: same-origin");
    assertEquals(403, rebound.status());
    assertTrue(error(rebound).startsWith("Saved searches are reached only at the server's own"));
    assertEquals(0, list().size(), "nothing was saved");

    RawHttp.Response page =
        call(
            "POST",
            "/api/saved",
            body,
            auth,
            "Origin: http://127.0.0.1:" + port,
            "Sec-Fetch-Site: same-origin");
    assertEquals(201, page.status(), page.body());
    assertEquals(
        201,
        call("POST", "/api/saved", body, auth, "Host: localhost:" + port).status(),
        "localhost cannot be rebound");
  }

  @Test
  void theTokenGoesOnlyToThePagesOwnRequests() throws IOException {
    RawHttp.Response page = call("GET", "/api/session", null, "Sec-Fetch-Site: same-origin");
    assertEquals(200, page.status(), page.body());
    assertEquals("{\"token\":\"" + TOKEN + "\"}", page.body());
    assertEquals("no-store", page.header("Cache-Control"));
    String refused =
        "The token is given only to the archive's own page; other programs use the token printed"
            + " when the server started.";
    RawHttp.Response script = call("GET", "/api/session", null);
    assertEquals(403, script.status());
    assertEquals(refused, error(script));
    assertEquals(403, call("GET", "/api/session", null, "Sec-Fetch-Site: cross-site").status());
    assertEquals(
        403,
        call(
                "GET",
                "/api/session",
                null,
                "Sec-Fetch-Site: same-origin",
                "Origin: https://news.example.org")
            .status());
    assertEquals(
        403,
        call(
                "GET",
                "/api/session",
                null,
                "Sec-Fetch-Site: same-origin",
                "Host: rebind.example.org:" + port)
            .status());
  }

  @Test
  void aSavedSearchThatCannotBeReadIsA400WithOneSentence() throws IOException {
    String[][] cases = {
      {"{\"query\": \"q=raqqa\"}", "Give the saved search a name."},
      {"{\"name\": \"  \"}", "Give the saved search a name."},
      {"[1, 2]", "Send the saved search as JSON: {\"name\": \"...\", \"query\": \"q=...\"}."},
      {"name=Raqqa", "Send the saved search as JSON: {\"name\": \"...\", \"query\": \"q=...\"}."},
      {
        "{\"name\": \"x\", \"query\": \"q=raqqa&colour=red\"}",
        "A saved search keeps q, the filters, from, to, sort and exact; 'colour' is none of them."
      },
      {
        "{\"name\": \"x\", \"query\": \"from=2024-13-01\"}",
        "from must be a real date written YYYY-MM-DD, not '2024-13-01'."
      },
      {"{\"name\": \"x\", \"query\": \"q=%FF\"}", WebServer.NOT_UTF8},
      {
        "{\"name\": \"x\", \"webhook\": \"ftp://example.org/\"}",
        "The webhook must be an http:// or https:// address of at most 2000 characters."
      },
      {
        "{\"name\": \"x\", \"webhook\": \"javascript:alert(1)\"}",
        "The webhook must be an http:// or https:// address of at most 2000 characters."
      },
      {
        "{\"name\": \"" + "n".repeat(201) + "\"}",
        "A saved search's name is at most 200 characters."
      },
    };
    for (String[] c : cases) {
      RawHttp.Response r = withToken("POST", "/api/saved", c[0]);
      assertEquals(400, r.status(), c[0] + " -> " + r.body());
      assertEquals(c[1], error(r), c[0]);
    }
    RawHttp.Response notAnId = withToken("DELETE", "/api/saved/abc", null);
    assertEquals(404, notAnId.status());
    assertEquals("No saved search has the id 'abc'.", error(notAnId));
    assertEquals(0, list().size());
  }
}
