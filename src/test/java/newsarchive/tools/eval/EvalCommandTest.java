package newsarchive.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import newsarchive.Pipeline;
import newsarchive.ingest.clean.HtmlCleaner;
import newsarchive.ingest.dates.PublicationDateFinder;
import newsarchive.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir Path corpus;
  @TempDir Path nothing;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  private int run(Path gold, boolean json, boolean check) throws IOException {
    EvalCommand command =
        new EvalCommand(
            new HtmlCleaner(),
            new PublicationDateFinder(),
            Pipeline.readers(),
            Pipeline.builder(),
            Pipeline.tagger(),
            Pipeline.GAZETTEER,
            JsonMapper.create());
    EvalCommand.Options options =
        new EvalCommand.Options(
            nothing.resolve("eval"), nothing.resolve("fakes.csv"), gold, json, false, check);
    return command.run(options, new PrintStream(bytes, true, StandardCharsets.UTF_8));
  }

  private List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void checkFailsNamingEachScoreUnderItsFloorAndSkipsMissingSets() throws IOException {
    Path gold = MentionEvalTest.goldCorpus(corpus);

    int status = run(gold, false, true);

    assertEquals(1, status);
    assertEquals(6, lines().stream().filter(l -> l.startsWith("skipped (not found): ")).count());
    assertEquals(
        List.of(
            "eval: place mention precision 0.500 is under its floor "
                + String.format(java.util.Locale.ROOT, "%.3f", Floors.of(Floors.PLACE_PRECISION)),
            "eval: place mention recall 0.500 is under its floor "
                + String.format(java.util.Locale.ROOT, "%.3f", Floors.of(Floors.PLACE_RECALL)),
            "eval: canonical name accuracy 0.500 is under its floor "
                + String.format(java.util.Locale.ROOT, "%.3f", Floors.of(Floors.CANONICAL))),
        lines().stream().filter(l -> l.startsWith("eval: ")).toList());
  }

  @Test
  void withoutCheckItSucceedsAndJsonIsOneObject() throws IOException {
    Path gold = MentionEvalTest.goldCorpus(corpus);

    int status = run(gold, true, false);

    assertEquals(0, status);
    assertEquals(1, lines().size());
    JsonNode report = new ObjectMapper().readTree(lines().get(0));
    assertEquals(true, report.get("body").isNull());
    assertEquals(6, report.get("skipped").size());
    assertEquals(1, report.get("mentions").get("articles").asInt());
    assertEquals(1.0, report.get("mentions").get("factionRecall").asDouble());
    assertEquals(0.5, report.get("mentions").get("canonical").asDouble());
  }
}
