package newsarchive.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Indexes exported documents into the Solr peer over HTTP, as a bulk loader would: JSON arrays of
 * {@value #BATCH} documents, one request in flight per core, then a hard commit. Not thread-safe.
 */
final class SolrLoader {
  private static final int BATCH = 500;
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI core;

  /** {@code core} is the core's URL, such as http://127.0.0.1:8983/solr/archive. */
  SolrLoader(URI core) {
    this.core = core;
  }

  /** Deletes every document and commits, so a run starts from an empty core. */
  void clear() throws IOException {
    post("/update?commit=true", "{\"delete\":{\"query\":\"*:*\"}}");
  }

  /** Sends every line of {@code docs} and commits; items are documents. */
  Throughput load(Path docs) throws IOException {
    int threads = Runtime.getRuntime().availableProcessors();
    Semaphore inFlight = new Semaphore(threads);
    List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
    long count = 0;
    long start = System.nanoTime();
    try (BufferedReader in = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
      StringBuilder batch = new StringBuilder("[");
      int inBatch = 0;
      for (String line; (line = in.readLine()) != null; ) {
        batch.append(inBatch == 0 ? "" : ",").append(line);
        inBatch++;
        count++;
        if (inBatch == BATCH) {
          pending.add(send(batch.append(']').toString(), inFlight));
          batch = new StringBuilder("[");
          inBatch = 0;
        }
      }
      if (inBatch > 0) {
        pending.add(send(batch.append(']').toString(), inFlight));
      }
      for (CompletableFuture<HttpResponse<String>> f : pending) {
        check(f.join());
      }
      post("/update?commit=true", "[]");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return new Throughput(count, System.nanoTime() - start);
  }

  private CompletableFuture<HttpResponse<String>> send(String body, Semaphore inFlight)
      throws InterruptedException {
    inFlight.acquire();
    return http.sendAsync(request("/update", body), HttpResponse.BodyHandlers.ofString())
        .whenComplete((r, e) -> inFlight.release());
  }

  private void post(String path, String body) throws IOException {
    try {
      check(http.send(request(path, body), HttpResponse.BodyHandlers.ofString()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private HttpRequest request(String path, String body) {
    return HttpRequest.newBuilder(URI.create(core + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  private static void check(HttpResponse<String> r) {
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "Solr answered " + r.statusCode() + ": " + r.body().lines().findFirst().orElse(""));
    }
  }
}
