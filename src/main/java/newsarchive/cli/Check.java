package newsarchive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsarchive.index.IndexBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code archive check}: verifies an index with Lucene's CheckIndex, changing nothing. */
@Command(
    name = "check",
    description =
        "Verifies every segment of the index (Lucene's CheckIndex), changing nothing. Exit status"
            + " 1 when it is damaged or cannot be checked.")
public final class Check implements Callable<Integer> {
  private final PrintStream out;

  @Option(names = "--index", paramLabel = "DIR", description = "the index (default: index)")
  Path index = Config.defaults().index();

  public Check(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() throws IOException {
    IndexBackup.Health h = IndexBackup.check(index);
    if (!h.clean()) {
      throw new CommandFailure("the index in " + index + " is damaged: " + h.problem());
    }
    out.printf(
        Locale.ROOT,
        "the index in %s is clean: %d articles (commit %d)%n",
        index,
        h.commit().articles(),
        h.commit().generation());
    return 0;
  }
}
