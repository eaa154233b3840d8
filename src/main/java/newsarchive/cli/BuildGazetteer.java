package newsarchive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsarchive.tools.gazetteer.GazetteerBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code archive gazetteer}: rebuilds the committed gazetteer resources from the open data. */
@Command(
    name = "gazetteer",
    description =
        "Rebuilds the committed gazetteer resources from the open data and the hand-kept overlay.")
public final class BuildGazetteer implements Callable<Integer> {
  private final PrintStream out;

  @Option(names = "--data", paramLabel = "DIR", description = "the open data")
  Path data = Path.of("../shared/data");

  @Option(names = "--out", paramLabel = "DIR", description = "where the resources go")
  Path resources = Path.of("src/main/resources/newsarchive/gazetteer");

  @Option(names = "--overlay", paramLabel = "DIR", description = "the hand-kept overlay")
  Path overlay = Path.of("src/main/gazetteer-overlay");

  public BuildGazetteer(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() throws IOException {
    out.println(new GazetteerBuilder(data, overlay).build(resources));
    return 0;
  }
}
