package newsarchive.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newsarchive.Archive;
import newsarchive.index.Indexer;
import newsarchive.index.IngestSummary;

/**
 * The archive's own ingest, built as {@code ./archive ingest} builds it, timed from the first file
 * read to the last commit and close. The gazetteer is loaded once beforehand, outside the timing.
 * Not thread-safe.
 */
final class ArchiveIngest {
  private final Archive archive = new Archive();

  /** Ingests {@code input} into a fresh index at {@code index}; items are articles read. */
  Throughput run(Path input, Path index) throws IOException {
    Disk.delete(index);
    archive.gazetteer(); // read before the clock starts
    long start = System.nanoTime();
    IngestSummary summary;
    try (Indexer indexer = archive.indexer(index)) {
      summary = archive.ingestJob(indexer, null).run(List.of(input));
    }
    long nanos = System.nanoTime() - start;
    if (!summary.rejected().isEmpty()) {
      throw new IllegalStateException(
          "the generated corpus should ingest cleanly: " + summary.rejected().get(0));
    }
    return new Throughput(summary.added() + summary.duplicates(), nanos);
  }
}
