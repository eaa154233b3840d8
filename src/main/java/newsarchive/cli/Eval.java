package newsarchive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsarchive.Archive;
import newsarchive.ingest.clean.HtmlCleaner;
import newsarchive.ingest.dates.PublicationDateFinder;
import newsarchive.tools.eval.EvalCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code archive eval}: scores extraction on the development sets (docs/QUALITY.md). */
@Command(
    name = "eval",
    description = {
      "Scores the extractor on the development sets, on FA-KES and on the hand-marked mentions.",
      "Exit status 1 with --check when a score falls under its floor."
    })
public final class Eval implements Callable<Integer> {
  private final Archive archive;
  private final PrintStream out;

  @Parameters(
      paramLabel = "DIR",
      arity = "0..1",
      description = "the development sets (default: ../shared/eval)")
  Path sets = Path.of("../shared/eval");

  @Option(names = "--fakes", paramLabel = "PATH", description = "the FA-KES CSV")
  Path fakes = Path.of("../shared/data/fa-kes/fakes.csv");

  @Option(names = "--gold", paramLabel = "PATH", description = "the hand-marked mentions")
  Path gold = Path.of("corpus/gold/mentions.json");

  @Option(names = "--json", description = "the scores as JSON")
  boolean json;

  @Option(names = "--verbose", description = "every miss, and the libraries' log lines")
  boolean verbose;

  @Option(names = "--check", description = "exit 1 when a score falls under its floor")
  boolean check;

  public Eval(Archive archive, PrintStream out) {
    this.archive = archive;
    this.out = out;
  }

  @Override
  public Integer call() throws IOException {
    EvalCommand command =
        new EvalCommand(
            new HtmlCleaner(),
            new PublicationDateFinder(),
            archive.readers(),
            archive.builder(),
            archive.tagger(),
            archive.gazetteer(),
            archive.json());
    return command.run(new EvalCommand.Options(sets, fakes, gold, json, verbose, check), out);
  }
}
