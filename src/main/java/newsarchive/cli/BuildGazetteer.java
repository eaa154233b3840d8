package newsarchive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import newsarchive.tools.gazetteer.GazetteerBuilder;

/** {@code archive gazetteer}: rebuilds the committed gazetteer resources from the open data. */
public final class BuildGazetteer implements Command {
  private final PrintStream out;

  public BuildGazetteer(PrintStream out) {
    this.out = out;
  }

  @Override
  public int run(List<String> args) throws IOException {
    Arguments a = Arguments.parse(args, Set.of("data", "out", "overlay"), Set.of());
    Path data = Path.of(a.value("data", "../shared/data"));
    Path resources = Path.of(a.value("out", "src/main/resources/newsarchive/gazetteer"));
    Path overlay = Path.of(a.value("overlay", "src/main/gazetteer-overlay"));
    out.println(new GazetteerBuilder(data, overlay).build(resources));
    return 0;
  }
}
