package newsarchive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsarchive.index.IndexBackup;
import newsarchive.saved.SavedSearchBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code archive backup}: a consistent copy of the index's latest commit, safe while it is used.
 */
@Command(
    name = "backup",
    description =
        "Copies the index's latest commit into the new folder DEST, and the saved searches beside"
            + " the index with it: consistent while a server reads and an ingest writes them.")
public final class Backup implements Callable<Integer> {
  private final PrintStream out;

  @Option(names = "--index", paramLabel = "DIR", description = "the index (default: index)")
  Path index = Config.defaults().index();

  @Parameters(paramLabel = "DEST", description = "a folder that does not exist yet")
  Path dest;

  public Backup(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() throws IOException {
    List<Integer> saved = new ArrayList<>();
    IndexBackup.Commit c =
        IndexBackup.backup(
            index, dest, folder -> SavedSearchBackup.backup(index, folder).ifPresent(saved::add));
    out.printf(
        Locale.ROOT,
        "backed up %d articles (commit %d, %d files, %.1f MB) to %s%n",
        c.articles(),
        c.generation(),
        c.files(),
        c.bytes() / 1e6,
        dest);
    for (int n : saved) {
      out.printf(Locale.ROOT, "backed up %d saved searches beside it%n", n);
    }
    return 0;
  }
}
