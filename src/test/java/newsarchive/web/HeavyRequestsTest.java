package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsarchive.json.JsonMapper;
import newsarchive.search.FixtureArchive;
import newsarchive.search.IndexView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounded pool for searches: when every slot is taken and the waiting line is full, a search is
 * answered 503 with Retry-After and a sentence, while light requests still answer. The test takes
 * the pool's slots itself, so "busy" is certain rather than a race.
 */
class HeavyRequestsTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = JsonMapper.create();
  @TempDir static Path dir;
  static FixtureArchive archive;
  static IndexView view;
  static Path web;
  private Javalin app;
  private HeavyRequests heavy;

  @BeforeAll
  static void index() throws IOException {
    archive = new FixtureArchive(dir.resolve("index")).index();
    view = new IndexView(archive.dir);
    web = Files.createDirectories(dir.resolve("web"));
    Files.writeString(web.resolve("index.html"), "<!doctype html><title>archive</title>");
  }

  @AfterAll
  static void close() throws IOException {
    view.close();
  }

  private int start(HeavyRequests pool) {
    heavy = pool;
    app = WebServer.create(archive.searcher(view), JSON, web, pool).start("127.0.0.1", 0);
    return app.port();
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  private static RawHttp.Response get(int port, String target) {
    return assertTimeoutPreemptively(HANG_GUARD, () -> RawHttp.get(port, target));
  }

  @Test
  void aFullPoolAnswers503WithRetryAfterAndASentence() throws Exception {
    int port = start(new HeavyRequests(2, 0, Duration.ofMillis(50)));
    assertTrue(heavy.tryEnter());
    assertTrue(heavy.tryEnter());
    for (String target : List.of("/api/search?q=militants", "/api/facets/location")) {
      RawHttp.Response busy = get(port, target);
      assertEquals(503, busy.status(), target);
      assertEquals("1", busy.header("Retry-After"), target);
      assertEquals(
          "The archive is busy with other searches; try again in a moment.",
          JSON.readTree(busy.body()).get("error").asText());
      assertEquals("nosniff", busy.header("X-Content-Type-Options"));
    }
    // Light requests do not queue behind searches.
    assertEquals(200, get(port, "/health").status());
    assertEquals(200, get(port, "/api/articles/" + archive.id("badia")).status());
    heavy.leave();
    assertEquals(200, get(port, "/api/search?q=militants").status());
    heavy.leave();
  }

  @Test
  void aWaitingSearchRunsWhenASlotComesFree() throws Exception {
    int port = start(new HeavyRequests(1, 1, Duration.ofSeconds(30)));
    assertTrue(heavy.tryEnter());
    ExecutorService client = Executors.newSingleThreadExecutor();
    try {
      Future<RawHttp.Response> waiting =
          client.submit(() -> RawHttp.get(port, "/api/search?q=militants"));
      assertTimeoutPreemptively(
          HANG_GUARD,
          () -> {
            while (heavy.waiting() == 0) {
              Thread.sleep(5);
            }
          });
      // The line (one) is full now: another search is refused at once.
      assertEquals(503, get(port, "/api/search?q=rebels").status());
      heavy.leave();
      RawHttp.Response r = assertTimeoutPreemptively(HANG_GUARD, () -> waiting.get());
      assertEquals(200, r.status());
      assertEquals(2, JSON.readTree(r.body()).get("total").asInt());
    } finally {
      client.shutdownNow();
    }
  }

  @Test
  void manyConcurrentSearchesGetAnswersOrBusyNeverErrors() throws Exception {
    int port = start(new HeavyRequests(1, 0, Duration.ZERO));
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      List<Future<RawHttp.Response>> answers = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        answers.add(clients.submit(() -> RawHttp.get(port, "/api/search?q=militants~2")));
      }
      for (Future<RawHttp.Response> f : answers) {
        RawHttp.Response r = assertTimeoutPreemptively(HANG_GUARD, () -> f.get());
        assertTrue(r.status() == 200 || r.status() == 503, r.toString());
      }
      assertEquals(0, heavy.waiting());
      // Every slot was given back: the pool's one slot is free again.
      assertTrue(heavy.tryEnter());
      heavy.leave();
    } finally {
      clients.shutdownNow();
    }
  }
}
