package newsarchive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsarchive.Archive;
import newsarchive.index.Indexer;
import newsarchive.index.IngestProgress;
import newsarchive.index.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code archive ingest}: reads files and folders into the index, committing as it goes; progress
 * to {@code err} (a bar on a terminal, plain lines elsewhere: {@link IngestDisplay}), the summary
 * to {@code out}, once.
 */
@Command(
    name = "ingest",
    description = {
      "Reads files and folders, recursively, into the index: .html .htm .xhtml .txt .csv .jsonl"
          + " .pdf .warc (and .gz of each). Shows progress (a bar on a terminal, a line every 10 s"
          + " elsewhere), then prints the summary.",
      "Exit status 0 when it ran, even with rejected files; 1 when it could not run."
    })
public final class Ingest implements Callable<Integer> {
  private final Archive archive;
  private final PrintStream out;
  private final PrintStream err;

  @Option(names = "--index", paramLabel = "DIR", description = "the index (default: index)")
  Path index = Config.defaults().index();

  @Option(
      names = "--commit-ms",
      paramLabel = "MS",
      description = "commit every MS milliseconds while writing (default: 2000)")
  long commitMs = Indexer.DEFAULT_COMMIT_EVERY_MS;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "files or folders to ingest")
  List<Path> paths = List.of();

  public Ingest(Archive archive, PrintStream out, PrintStream err) {
    this.archive = archive;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws IOException {
    if (paths.isEmpty()) {
      throw new UsageException("give at least one file or folder to ingest");
    }
    if (commitMs < 0) {
      throw new UsageException("--commit-ms must not be negative");
    }
    out.print(ingest(index, paths, commitMs).report());
    return 0;
  }

  /** Ingests {@code paths} into {@code index}, committing every {@code commitEveryMs}. */
  IngestSummary ingest(Path index, List<Path> paths, long commitEveryMs) throws IOException {
    return ingest(index, paths, commitEveryMs, IngestProgress.NONE);
  }

  /** As above, telling {@code also} of the run's progress too (serve's metrics). */
  IngestSummary ingest(Path index, List<Path> paths, long commitEveryMs, IngestProgress also)
      throws IOException {
    try (Indexer indexer = archive.indexer(index, commitEveryMs)) {
      IngestProgress progress = IngestProgress.both(IngestDisplay.on(err), also);
      return archive.ingestJob(indexer, progress).run(paths);
    }
  }
}
