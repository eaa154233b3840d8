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
import java.util.concurrent.CompletableFuture;
import newsarchive.Pipeline;
import newsarchive.index.IngestSummary;
import newsarchive.json.JsonMapper;
import newsarchive.search.IndexView;
import newsarchive.search.Searcher;
import newsarchive.tools.generate.ArticleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running server and an ingest writing into the same index: every request made during the ingest
 * is answered, and the new articles become searchable without a restart.
 */
class ServeWhileIngestingTest {
  private static final ObjectMapper JSON = JsonMapper.create();
  @TempDir Path dir;

  private static int articles(int port) throws IOException {
    RawHttp.Response health = RawHttp.get(port, "/health");
    assertEquals(200, health.status(), health.toString());
    return JSON.readTree(health.body()).get("articles").asInt();
  }

  @Test
  void searchesAreAnsweredDuringAnIngestAndSeeItsArticlesWithoutARestart() throws Exception {
    Path corpus = dir.resolve("corpus");
    ArticleGenerator.withBundledNames(3)
        .write(120, corpus, ArticleGenerator.Format.HTML, done -> {});
    Path firstOutlet;
    try (var outlets = Files.list(corpus)) {
      firstOutlet = outlets.sorted().findFirst().orElseThrow();
    }
    Path index = dir.resolve("index");
    int before = Pipeline.ingest(index, List.of(firstOutlet)).added();
    Path web = Files.createDirectories(dir.resolve("web"));
    Files.writeString(web.resolve("index.html"), "<!doctype html><title>archive</title>");

    try (IndexView view = new IndexView(index)) {
      Searcher searcher = Pipeline.searcher(view);
      Javalin app = WebServer.create(searcher, JSON, web).start("127.0.0.1", 0);
      try {
        int port = app.port();
        assertEquals(before, articles(port));
        CompletableFuture<IngestSummary> running =
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return Pipeline.ingest(index, List.of(corpus));
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                });
        List<Integer> statuses = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        do {
          statuses.add(RawHttp.get(port, "/api/search?q=fighters&sort=newest").status());
          statuses.add(RawHttp.get(port, "/api/facets/location?prefix=a").status());
          seen.add(articles(port));
        } while (!running.isDone());
        IngestSummary summary = running.get();
        int after = summary.added() + summary.unchanged() + summary.updated();
        assertTrue(after > before, summary.report());
        assertTrue(statuses.stream().allMatch(s -> s == 200), statuses.toString());
        for (int i = 1; i < seen.size(); i++) {
          assertTrue(seen.get(i) >= seen.get(i - 1), "the count went back: " + seen);
        }
        // The view refreshes four times a second; the last commit shows without a restart.
        int last =
            assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> {
                  int n;
                  while ((n = articles(port)) != after) {
                    Thread.sleep(50);
                  }
                  return n;
                });
        assertEquals(after, last);
        System.out.println(
            "serve while ingesting: "
                + statuses.size()
                + " requests answered during the ingest; articles seen "
                + seen.stream().distinct().toList());
      } finally {
        app.stop();
      }
    }
  }
}
