package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import newsarchive.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an ingest run tells its progress: every file's bytes once, files, articles, rejections. */
class IngestProgressTest {
  @TempDir Path dir;

  /** Every call, in order, as one word each ("read 512", "done", "indexed"...). */
  private static final class Recorder implements IngestProgress {
    final List<String> events = new ArrayList<>();

    @Override
    public synchronized void started(int files, long bytes) {
      events.add("started " + files + " " + bytes);
    }

    @Override
    public synchronized void read(long bytes) {
      events.add("read " + bytes);
    }

    @Override
    public synchronized void fileDone() {
      events.add("done");
    }

    @Override
    public synchronized void indexed() {
      events.add("indexed");
    }

    @Override
    public synchronized void rejected() {
      events.add("rejected");
    }

    @Override
    public synchronized void finished() {
      events.add("finished");
    }

    long count(String word) {
      return events.stream().filter(e -> e.startsWith(word)).count();
    }

    long bytesRead() {
      return events.stream()
          .filter(e -> e.startsWith("read "))
          .mapToLong(e -> Long.parseLong(e.substring(5)))
          .sum();
    }
  }

  private IngestSummary ingest(Path input, Recorder recorder) throws IOException {
    try (Indexer indexer = Pipeline.indexer(dir.resolve("index"))) {
      return Pipeline.ARCHIVE.ingestJob(indexer, recorder).run(List.of(input));
    }
  }

  @Test
  void everyFileCountsItsWholeSizeOnceReadOrRejected() throws IOException, URISyntaxException {
    Path fixtures = Path.of(IngestProgressTest.class.getResource("/ingest").toURI());
    long size;
    long files;
    try (Stream<Path> all = Files.list(fixtures)) {
      List<Path> list = all.toList();
      files = list.size();
      size = 0;
      for (Path p : list) {
        size += Files.size(p);
      }
    }
    Recorder recorder = new Recorder();
    IngestSummary summary = ingest(fixtures, recorder);
    assertEquals("started " + files + " " + size, recorder.events.get(0));
    assertEquals("finished", recorder.events.get(recorder.events.size() - 1));
    assertEquals(size, recorder.bytesRead());
    assertEquals(files, recorder.count("done"));
    assertEquals(summary.added() + summary.duplicates(), recorder.count("indexed"));
    assertEquals(summary.rejected().size(), recorder.count("rejected"));
  }

  @Test
  void aLargeDumpReportsItsBytesAsTheyAreRead() throws IOException {
    StringBuilder dump = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      dump.append(
          String.format(
              Locale.ROOT,
              "{\"title\": \"Report %d from Raqqa\", \"text\": \"%s\"}%n",
              i,
              ("Fighters of report " + i + " moved east of the city. ").repeat(30)));
    }
    Path file = Files.writeString(dir.resolve("dump.jsonl"), dump, StandardCharsets.UTF_8);
    Recorder recorder = new Recorder();
    ingest(file, recorder);
    int done = recorder.events.indexOf("done");
    long readsBeforeDone =
        recorder.events.subList(0, done).stream().filter(e -> e.startsWith("read ")).count();
    assertTrue(readsBeforeDone > 10, recorder.events.subList(0, done).toString());
    assertEquals(Files.size(file), recorder.bytesRead());
  }
}
