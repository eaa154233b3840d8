package newsarchive.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * The ceiling for ingest from pages: every page read (gunzipped if need be) and parsed by Jsoup,
 * nothing else, on every core. The archive's HTML ingest does this and more (cleaning, tagging,
 * indexing). Thread-safe.
 */
final class JsoupCeiling {
  private JsoupCeiling() {}

  /** Parses every .html file under {@code pages}; items are pages parsed. */
  static Throughput run(Path pages) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(pages)) {
      files = walk.filter(JsoupCeiling::isPage).sorted().toList();
    }
    int threads = Runtime.getRuntime().availableProcessors();
    ForkJoinPool pool = new ForkJoinPool(threads);
    long start = System.nanoTime();
    long nodes;
    try {
      nodes = pool.submit(() -> files.parallelStream().mapToLong(JsoupCeiling::parse).sum()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("parsing failed", e.getCause());
    } finally {
      pool.shutdown();
    }
    long nanos = System.nanoTime() - start;
    if (nodes <= 0) {
      throw new IllegalStateException("no pages parsed under " + pages);
    }
    return new Throughput(files.size(), nanos);
  }

  /** The generator writes pages as .html and, some, as .html.gz. */
  static boolean isPage(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".html") || name.endsWith(".html.gz");
  }

  /** The element count, used so the JIT cannot drop the parse. */
  private static long parse(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (file.toString().endsWith(".gz")) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
          bytes = in.readAllBytes();
        }
      }
      String html = new String(bytes, StandardCharsets.UTF_8);
      return Jsoup.parse(html, file.toUri().toString()).getAllElements().size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
