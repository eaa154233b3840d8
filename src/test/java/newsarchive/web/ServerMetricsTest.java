package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import newsarchive.Pipeline;
import newsarchive.index.Indexer;
import newsarchive.index.IngestSummary;
import newsarchive.json.JsonMapper;
import newsarchive.search.FixtureArchive;
import newsarchive.search.IndexView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /metrics on the real app over a real index: Prometheus text that counts what was asked. */
class ServerMetricsTest {
  @TempDir static Path dir;
  static FixtureArchive archive;
  static IndexView view;
  static final ObjectMapper JSON = JsonMapper.create();
  private static final String REQUESTS = "http_server_requests_seconds_count";

  @BeforeAll
  static void start() throws IOException {
    archive = new FixtureArchive(dir.resolve("index")).index();
    view = new IndexView(archive.dir);
  }

  @AfterAll
  static void stop() throws IOException {
    view.close();
  }

  private static List<PrometheusText.Sample> metrics(io.javalin.testtools.HttpClient client)
      throws IOException {
    Response r = client.get("/metrics");
    assertEquals(200, r.code());
    String type = r.headers().get("Content-Type").get(0);
    assertTrue(type.startsWith("text/plain; version=0.0.4"), type);
    return PrometheusText.parse(r.body().string());
  }

  private static Map<String, String> request(String route, int status) {
    return Map.of("method", "GET", "route", route, "status", String.valueOf(status));
  }

  @Test
  void metricsArePrometheusTextAndASearchCountsOnItsRouteWithItsStatus() {
    JavalinTest.test(
        WebServer.create(archive.searcher(view), JSON, dir.resolve("no-page")),
        (server, client) -> {
          List<PrometheusText.Sample> before = metrics(client);
          assertNull(PrometheusText.value(before, REQUESTS, request("/api/search", 200)));
          assertEquals(200, client.get("/api/search?q=raqqa").code());
          assertEquals(200, client.get("/api/articles/" + archive.id("mosul")).code());
          assertEquals(400, client.get("/api/search?q=raqqa&size=1000").code());
          List<PrometheusText.Sample> after = metrics(client);
          assertEquals(1.0, PrometheusText.value(after, REQUESTS, request("/api/search", 200)));
          assertEquals(1.0, PrometheusText.value(after, REQUESTS, request("/api/search", 400)));
          // The route's template, never the id asked for.
          assertEquals(
              1.0, PrometheusText.value(after, REQUESTS, request("/api/articles/{id}", 200)));
          Map<String, String> inf = new java.util.HashMap<>(request("/api/search", 200));
          inf.put("le", "+Inf");
          assertEquals(
              1.0, PrometheusText.value(after, "http_server_requests_seconds_bucket", inf));
          assertEquals(
              (double) archive.articles.size(),
              PrometheusText.value(after, "archive_index_articles", Map.of()));
          double age =
              PrometheusText.value(after, "archive_index_last_commit_age_seconds", Map.of());
          assertTrue(age >= 0, String.valueOf(age));
          assertEquals(0.0, PrometheusText.value(after, "archive_searches_in_flight", Map.of()));
        });
  }

  @Test
  void searchesTurnedAwayAreCountedAndTheOneRunningIsInFlight() throws InterruptedException {
    HeavyRequests heavy = new HeavyRequests(1, 0, Duration.ZERO);
    assertTrue(heavy.tryEnter()); // the only slot, held as a long search would
    try {
      JavalinTest.test(
          WebServer.create(archive.searcher(view), JSON, dir.resolve("no-page"), heavy),
          (server, client) -> {
            assertEquals(503, client.get("/api/search?q=raqqa").code());
            List<PrometheusText.Sample> m = metrics(client);
            assertEquals(1.0, PrometheusText.value(m, "archive_searches_refused_total", Map.of()));
            assertEquals(1.0, PrometheusText.value(m, "archive_searches_in_flight", Map.of()));
            assertEquals(1.0, PrometheusText.value(m, REQUESTS, request("/api/search", 503)));
          });
    } finally {
      heavy.leave();
    }
  }

  @Test
  void anIngestInTheServersProcessIsCounted() throws IOException, URISyntaxException {
    Path fixtures = Path.of(ServerMetricsTest.class.getResource("/ingest").toURI());
    long bytes = 0;
    try (Stream<Path> files = Files.list(fixtures)) {
      for (Path f : files.toList()) {
        bytes += Files.size(f);
      }
    }
    ServerMetrics metrics = new ServerMetrics();
    IngestSummary summary;
    try (Indexer indexer = Pipeline.indexer(dir.resolve("ingested"))) {
      summary = Pipeline.ARCHIVE.ingestJob(indexer, metrics.ingest()).run(List.of(fixtures));
    }
    List<PrometheusText.Sample> m = PrometheusText.parse(metrics.scrape());
    assertEquals(
        (double) (summary.added() + summary.duplicates()),
        PrometheusText.value(m, "archive_ingest_articles_total", Map.of()));
    assertEquals(
        (double) summary.rejected().size(),
        PrometheusText.value(m, "archive_ingest_rejected_total", Map.of()));
    assertEquals(
        (double) bytes, PrometheusText.value(m, "archive_ingest_read_bytes_total", Map.of()));
  }

  @Test
  void theReaderRefusesWhatIsNotExpositionText() {
    String typed = "# TYPE m counter\n";
    assertEquals(1, PrometheusText.parse(typed + "m 1\n").size());
    assertThrows(IllegalArgumentException.class, () -> PrometheusText.parse("m 1\n"));
    assertThrows(
        IllegalArgumentException.class, () -> PrometheusText.parse(typed + "m{a=\"b} 1\n"));
    assertThrows(IllegalArgumentException.class, () -> PrometheusText.parse(typed + "m 1x\n"));
    assertThrows(IllegalArgumentException.class, () -> PrometheusText.parse(typed + "m 1\nm 2\n"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PrometheusText.parse(
                "# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\nh_count 1\n"));
  }
}
