package newsarchive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsarchive.Archive;
import newsarchive.ingest.entities.EntityTagger;
import newsarchive.ingest.entities.PlaceModel;
import newsarchive.tools.eval.PlaceTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code archive train-places}: fits the place model on the toponym sets' LOOK part. */
@Command(
    name = "train-places",
    description = {
      "Fits the tagger's place decision on the LOOK part of the toponym sets (LGL, TR-News) and",
      "writes the model file; the same sets give the same file (docs/QUALITY.md, Toponyms)."
    })
public final class TrainPlaces implements Callable<Integer> {
  private final Archive archive;
  private final PrintStream out;

  @Parameters(
      paramLabel = "DIR",
      arity = "0..1",
      description = "the toponym sets (default: ../shared/eval/toponyms)")
  Path sets = Path.of("../shared/eval/toponyms");

  @Option(names = "--out", paramLabel = "PATH", description = "where the model goes")
  Path model = Path.of("src/main/resources/newsarchive/entities/place-model.tsv");

  public TrainPlaces(Archive archive, PrintStream out) {
    this.archive = archive;
    this.out = out;
  }

  @Override
  public Integer call() throws IOException {
    List<Path> corpora = List.of(sets.resolve("lgl.xml"), sets.resolve("TR-News.xml"));
    for (Path corpus : corpora) {
      if (!Files.isRegularFile(corpus)) {
        throw new UsageException("no toponym set at " + corpus);
      }
    }
    EntityTagger tagger = new EntityTagger(archive.gazetteer(), PlaceModel.acceptingAll());
    PlaceTraining.Result result = new PlaceTraining(tagger).train(corpora);
    Files.createDirectories(model.toAbsolutePath().getParent());
    Files.writeString(model, result.model().format(result.summary()), StandardCharsets.UTF_8);
    result.summary().forEach(out::println);
    out.println("Model written to " + model);
    return 0;
  }
}
