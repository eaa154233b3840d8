package newsarchive.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The ceiling for ingest from a dump: each JSONL line parsed by Jackson and its title and body
 * added to Lucene as stored text fields with the StandardAnalyzer, on every core, one commit at the
 * end. No cleaning, tagging, deduplication, facets or offsets. Not thread-safe.
 */
final class BareLuceneLoop {
  private static final int BATCH = 256;
  private final ObjectMapper json = new ObjectMapper();

  /** What the loop indexed: its timing and the raw UTF-8 bytes of the titles and bodies. */
  record Result(Throughput throughput, long textBytes) {}

  Result run(Path jsonl, Path index) throws IOException {
    Disk.delete(index);
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    Semaphore inFlight = new Semaphore(threads * 4);
    AtomicLong bytes = new AtomicLong();
    long count = 0;
    long start = System.nanoTime();
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setRAMBufferSizeMB(128);
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(dir, config);
        BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      List<Future<?>> pending = new ArrayList<>();
      List<String> batch = new ArrayList<>(BATCH);
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        count++;
        batch.add(line);
        if (batch.size() == BATCH) {
          pending.add(submit(workers, inFlight, writer, batch, bytes));
          batch = new ArrayList<>(BATCH);
        }
      }
      pending.add(submit(workers, inFlight, writer, batch, bytes));
      for (Future<?> f : pending) {
        f.get();
      }
      writer.commit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("indexing failed", e.getCause());
    } finally {
      workers.shutdownNow();
    }
    return new Result(new Throughput(count, System.nanoTime() - start), bytes.get());
  }

  private Future<?> submit(
      ExecutorService workers,
      Semaphore inFlight,
      IndexWriter writer,
      List<String> lines,
      AtomicLong bytes)
      throws InterruptedException {
    inFlight.acquire();
    return workers.submit(
        () -> {
          try {
            for (String line : lines) {
              JsonNode node = json.readTree(line);
              String title = node.path("title").asText("");
              String body = node.path("content").asText("");
              bytes.addAndGet(
                  title.getBytes(StandardCharsets.UTF_8).length
                      + body.getBytes(StandardCharsets.UTF_8).length);
              Document doc = new Document();
              doc.add(new TextField("title", title, Field.Store.YES));
              doc.add(new TextField("body", body, Field.Store.YES));
              writer.addDocument(doc);
            }
            return null;
          } finally {
            inFlight.release();
          }
        });
  }
}
