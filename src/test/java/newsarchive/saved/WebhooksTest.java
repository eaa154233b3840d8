package newsarchive.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import newsarchive.Pipeline;
import newsarchive.json.JsonMapper;
import newsarchive.search.Arrivals;
import newsarchive.search.FixtureArchive;
import newsarchive.search.IndexView;
import newsarchive.search.Searcher;
import newsarchive.web.HeavyRequests;
import newsarchive.web.SavedRoutes;
import newsarchive.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks against a real receiver on the loopback address, with the served index written by real
 * ingests: each new article that matches reaches the receiver once, also when the receiver fails
 * before it answers, and a delivery dropped from a full queue is sent by a later check.
 */
class WebhooksTest {
  private static final ObjectMapper JSON = JsonMapper.create();
  private static final String TOKEN = "a-test-token-of-some-length";
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir Path dir;
  private Path index;
  private IndexView view;
  private SavedSearchStore store;
  private Webhooks webhooks;
  private Javalin app;
  private Receiver receiver;
  private final HttpClient client = HttpClient.newHttpClient();

  /**
   * A webhook receiver: records each POST body by path and answers with the statuses planned for it
   * (200 once the plan is used up); one path can be held until released.
   */
  private static final class Receiver implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, List<String>> bodies = new HashMap<>();
    private final Deque<Integer> plan = new ArrayDeque<>();
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile String holding = "";

    Receiver() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setExecutor(threads);
      server.createContext(
          "/",
          exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body;
            try (InputStream in = exchange.getRequestBody()) {
              body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status;
            synchronized (this) {
              bodies.computeIfAbsent(path, p -> new ArrayList<>()).add(body);
              status = plan.isEmpty() ? 200 : plan.removeFirst();
            }
            if (path.equals(holding)) {
              held.countDown();
              try {
                release.await(60, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
          });
      server.start();
    }

    String url(String path) {
      return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    synchronized List<String> posts(String path) {
      return List.copyOf(bodies.getOrDefault(path, List.of()));
    }

    synchronized void plan(Integer... statuses) {
      plan.addAll(List.of(statuses));
    }

    @Override
    public void close() {
      release.countDown();
      server.stop(0);
      threads.shutdownNow();
    }
  }

  private void start(Webhooks.Settings settings, boolean onCommits) throws IOException {
    index = new FixtureArchive(dir.resolve("index")).index().dir;
    view = new IndexView(index);
    Searcher searcher = Pipeline.searcher(view);
    Arrivals arrivals = Pipeline.ARCHIVE.arrivals(view, searcher);
    store = Pipeline.ARCHIVE.savedSearches(index);
    webhooks = new Webhooks(store, arrivals, SavedRoutes::request, JSON, settings);
    if (onCommits) {
      view.onNewCommit(webhooks::check);
    }
    webhooks.start();
    SavedRoutes routes =
        new SavedRoutes(store, arrivals, TOKEN, "127.0.0.1", JSON, Clock.systemUTC());
    Path web = Files.createDirectories(dir.resolve("web"));
    app =
        WebServer.create(searcher, JSON, web, HeavyRequests.forThisMachine(), routes)
            .start("127.0.0.1", 0);
    receiver = new Receiver();
  }

  private static Webhooks.Settings quick(int queue) {
    return new Webhooks.Settings(
        queue, 6, Duration.ofMillis(50), Duration.ofHours(1), Duration.ofSeconds(30));
  }

  @AfterEach
  void stop() throws IOException {
    if (receiver != null) {
      receiver.close();
    }
    if (app != null) {
      app.stop();
    }
    if (webhooks != null) {
      webhooks.close();
    }
    if (store != null) {
      store.close();
    }
    if (view != null) {
      view.close();
    }
  }

  /** Saves a search through the API, as the page or a script does; returns its id. */
  private long save(String name, String query, String webhook) throws Exception {
    String body =
        JSON.writeValueAsString(
            webhook == null
                ? Map.of("name", name, "query", query)
                : Map.of("name", name, "query", query, "webhook", webhook));
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/saved"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(201, r.statusCode(), r.body());
    return JSON.readTree(r.body()).get("id").asLong();
  }

  /** Ingests text articles, one file each, named by their titles, as {@code archive ingest}. */
  private void ingest(String folder, String... titles) throws IOException {
    Path files = Files.createDirectories(dir.resolve(folder));
    for (int i = 0; i < titles.length; i++) {
      Files.writeString(
          files.resolve("article-" + i + ".txt"),
          titles[i] + "\n\nReported on the day: " + titles[i] + ", officials said.\n",
          StandardCharsets.UTF_8);
    }
    Pipeline.ingest(index, List.of(files));
  }

  private void awaitPosts(String path, int n) {
    assertTimeoutPreemptively(
        PATIENCE,
        () -> {
          while (receiver.posts(path).size() < n) {
            Thread.sleep(20);
          }
        });
  }

  private void awaitIdle() {
    assertTimeoutPreemptively(
        PATIENCE,
        () -> {
          while (!webhooks.idle()) {
            Thread.sleep(20);
          }
        });
  }

  /** Checks again until a check finds nothing more to send. */
  private void drain() throws IOException {
    awaitIdle();
    while (webhooks.checkNow() > 0) {
      awaitIdle();
    }
  }

  private static List<String> titles(String post) throws IOException {
    List<String> out = new ArrayList<>();
    JSON.readTree(post).get("articles").forEach(a -> out.add(a.get("title").asText()));
    return out;
  }

  private static List<String> sorted(List<String> list) {
    return list.stream().sorted().toList();
  }

  @Test
  void aReceiverGetsExactlyTheNewArticlesOfItsSearchOnceAfterAnIngest() throws Exception {
    start(quick(100), true);
    long raqqa = save("Raqqa", "q=raqqa", receiver.url("/raqqa"));
    save("Everything, no webhook", "", null);
    assertEquals(0, webhooks.checkNow(), "nothing is new yet");

    ingest("first", "Raqqa curfew extended", "Bakeries reopen in Raqqa", "Mosul bridge repaired");
    awaitPosts("/raqqa", 1);
    drain();
    List<String> posts = receiver.posts("/raqqa");
    assertEquals(1, posts.size(), posts.toString());
    JsonNode post = JSON.readTree(posts.get(0));
    assertEquals(raqqa, post.at("/savedSearch/id").asLong());
    assertEquals("Raqqa", post.at("/savedSearch/name").asText());
    assertEquals("q=raqqa", post.at("/savedSearch/query").asText());
    assertTrue(post.get("delivery").asText().startsWith(raqqa + "-"), post.toString());
    assertEquals(
        List.of("Bakeries reopen in Raqqa", "Raqqa curfew extended"), sorted(titles(posts.get(0))));
    JsonNode first = post.get("articles").get(0);
    assertTrue(first.get("id").asText().matches("[0-9a-f]{16}"), first.toString());
    assertTrue(first.get("url").isNull());
    assertTrue(first.get("indexed").asText().endsWith("Z"), first.toString());

    ingest("first", "Raqqa curfew extended", "Bakeries reopen in Raqqa", "Mosul bridge repaired");
    ingest("second", "Raqqa dam inspected", "Aleppo schools open");
    awaitPosts("/raqqa", 2);
    drain();
    posts = receiver.posts("/raqqa");
    assertEquals(2, posts.size(), "the unchanged re-ingest sent nothing: " + posts);
    assertEquals(List.of("Raqqa dam inspected"), titles(posts.get(1)));
  }

  @Test
  void aReceiverThatFailsTwiceGetsTheArticlesOnceItAnswers() throws Exception {
    start(quick(100), true);
    save("Raqqa", "q=raqqa", receiver.url("/raqqa"));
    receiver.plan(500, 503);
    ingest("first", "Raqqa curfew extended", "Mosul bridge repaired");
    awaitPosts("/raqqa", 3);
    drain();
    List<String> posts = receiver.posts("/raqqa");
    assertEquals(3, posts.size(), "two failures, then the one that was answered: " + posts);
    assertEquals(posts.get(0), posts.get(2), "each try is the same delivery");
    assertEquals(List.of("Raqqa curfew extended"), titles(posts.get(2)));

    ingest("second", "Raqqa dam inspected");
    awaitPosts("/raqqa", 4);
    drain();
    assertEquals(4, receiver.posts("/raqqa").size());
    assertEquals(List.of("Raqqa dam inspected"), titles(receiver.posts("/raqqa").get(3)));
  }

  @Test
  void aDeliveryDroppedFromAFullQueueIsSentByALaterCheck() throws Exception {
    start(quick(1), false);
    save("A", "", receiver.url("/a"));
    receiver.holding = "/a";
    ingest("first", "Raqqa curfew extended");
    view.refresh();
    assertEquals(1, webhooks.checkNow());
    assertTrue(receiver.held.await(60, TimeUnit.SECONDS), "the first delivery is being sent");

    save("B", "", receiver.url("/b"));
    save("C", "", receiver.url("/c"));
    ingest("second", "Raqqa dam inspected");
    view.refresh();
    // A is still being sent; B and C are queued, and the queue of one keeps only C.
    assertEquals(2, webhooks.checkNow());
    receiver.release.countDown();
    awaitPosts("/c", 1);
    awaitIdle();
    assertEquals(List.of(), receiver.posts("/b"), "B was dropped");

    drain();
    assertEquals(List.of("Raqqa dam inspected"), titles(receiver.posts("/b").get(0)));
    assertEquals(1, receiver.posts("/b").size());
    assertEquals(1, receiver.posts("/c").size());
    List<String> a = receiver.posts("/a");
    assertEquals(2, a.size(), a.toString());
    assertEquals(List.of("Raqqa curfew extended"), titles(a.get(0)));
    assertEquals(List.of("Raqqa dam inspected"), titles(a.get(1)));
  }
}
