package newsarchive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import newsarchive.Archive;
import newsarchive.ingest.clean.HtmlCleaner;
import newsarchive.ingest.dates.PublicationDateFinder;
import newsarchive.tools.eval.EvalCommand;

/** {@code archive eval}: scores extraction on the development sets (docs/QUALITY.md). */
public final class Eval implements Command {
  private final Archive archive;
  private final PrintStream out;

  public Eval(Archive archive, PrintStream out) {
    this.archive = archive;
    this.out = out;
  }

  @Override
  public int run(List<String> args) throws IOException {
    Arguments a =
        Arguments.parse(args, Set.of("fakes", "gold"), Set.of("json", "verbose", "check"));
    if (a.operands().size() > 1) {
      throw new Arguments.UsageException("give at most one folder of development sets");
    }
    EvalCommand command =
        new EvalCommand(
            new HtmlCleaner(),
            new PublicationDateFinder(),
            archive.readers(),
            archive.builder(),
            archive.tagger(),
            archive.gazetteer(),
            archive.json());
    return command.run(
        new EvalCommand.Options(
            Path.of(a.operands().isEmpty() ? "../shared/eval" : a.operands().get(0)),
            Path.of(a.value("fakes", "../shared/data/fa-kes/fakes.csv")),
            Path.of(a.value("gold", "corpus/gold/mentions.json")),
            a.flag("json"),
            a.flag("verbose"),
            a.flag("check")),
        out);
  }
}
