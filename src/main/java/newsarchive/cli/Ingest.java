package newsarchive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import newsarchive.Archive;
import newsarchive.index.Indexer;
import newsarchive.index.IngestSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code archive ingest}: reads files and folders into the index, committing as it goes; progress
 * to {@code err}, the summary to {@code out}.
 */
public final class Ingest implements Command {
  private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);
  private final Archive archive;
  private final PrintStream out;
  private final PrintStream err;

  public Ingest(Archive archive, PrintStream out, PrintStream err) {
    this.archive = archive;
    this.out = out;
    this.err = err;
  }

  @Override
  public int run(List<String> args) throws IOException {
    Arguments a = Arguments.parse(args, Set.of("index", "commit-ms"), Set.of());
    if (a.operands().isEmpty()) {
      throw new Arguments.UsageException("give at least one file or folder to ingest");
    }
    int commitMs = a.number("commit-ms", (int) Indexer.DEFAULT_COMMIT_EVERY_MS);
    if (commitMs < 0) {
      throw new Arguments.UsageException("--commit-ms must not be negative");
    }
    IngestSummary summary =
        ingest(
            Settings.from(a).index(),
            a.operands().stream().map(Path::of).toList(),
            (long) commitMs);
    out.print(summary.report());
    return 0;
  }

  /** Ingests {@code paths} into {@code index}; {@code commitEveryMs} null for the default. */
  IngestSummary ingest(Path index, List<Path> paths, Long commitEveryMs) throws IOException {
    long every = commitEveryMs == null ? Indexer.DEFAULT_COMMIT_EVERY_MS : commitEveryMs;
    try (Indexer indexer = archive.indexer(index, every)) {
      IngestSummary summary = archive.ingestJob(indexer, err).run(paths);
      LOG.info(
          "ingest: added {}, updated {}, unchanged {}, rejected {}",
          summary.added(),
          summary.updated(),
          summary.unchanged(),
          summary.rejected().size());
      return summary;
    }
  }
}
