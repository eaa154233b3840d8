package newsarchive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsarchive.index.IndexBackup;
import newsarchive.saved.SavedSearchBackup;
import newsarchive.saved.SavedSearchStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code archive restore}: checks a backup, then puts it in the index's place. */
@Command(
    name = "restore",
    description =
        "Checks the backup SRC (Lucene's CheckIndex, SQLite's integrity check) and only then"
            + " replaces the index, and the saved searches when the backup holds them. Stop ingests"
            + " and servers of the index first.")
public final class Restore implements Callable<Integer> {
  private final PrintStream out;

  @Option(names = "--index", paramLabel = "DIR", description = "the index (default: index)")
  Path index = Config.defaults().index();

  @Parameters(paramLabel = "SRC", description = "a folder written by archive backup")
  Path source;

  public Restore(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() throws IOException {
    // Both parts are checked before either replaces anything.
    boolean saved = SavedSearchBackup.check(source);
    IndexBackup.Commit c = IndexBackup.restore(source, index);
    out.printf(Locale.ROOT, "restored %d articles from %s into %s%n", c.articles(), source, index);
    if (saved) {
      int n = SavedSearchBackup.restore(source, index);
      out.printf(
          Locale.ROOT, "restored %d saved searches into %s%n", n, SavedSearchStore.fileFor(index));
    }
    return 0;
  }
}
