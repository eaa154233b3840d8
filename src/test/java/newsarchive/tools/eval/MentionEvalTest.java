package newsarchive.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsarchive.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MentionEvalTest {
  static final String BODY = "ISIS fighters left Raqqa on Tuesday and moved towards Mosul.";

  @TempDir Path corpus;

  /** A one-article corpus whose gold marks ISIS rightly, Raqqa misnamed, and a missed "Tuesday". */
  static Path goldCorpus(Path corpus) throws IOException {
    Files.createDirectories(corpus.resolve("wire"));
    Files.writeString(corpus.resolve("wire").resolve("raqqa.txt"), BODY, StandardCharsets.UTF_8);
    Path gold = Files.createDirectories(corpus.resolve("gold")).resolve("mentions.json");
    Files.writeString(
        gold,
        """
        [{"source": "wire/raqqa.txt", "mentions": [
          {"start": 0, "end": 4, "text": "ISIS", "kind": "faction", "name": "Islamic State"},
          {"start": 19, "end": 24, "text": "Raqqa", "kind": "place", "name": "Ar-Raqqah"},
          {"start": 28, "end": 35, "text": "Tuesday", "kind": "place", "name": "Tuesday"}]}]
        """,
        StandardCharsets.UTF_8);
    return gold;
  }

  @Test
  void matchesMentionsBySpanAndKindAndNamesEveryError() throws IOException {
    Path gold = goldCorpus(corpus);

    MentionEval.Score score =
        new MentionEval(Pipeline.readers(), Pipeline.tagger()).run(gold, corpus);

    assertEquals(1, score.articles());
    assertEquals(new Tally(1, 1, 1), score.factions());
    assertEquals(new Tally(1, 2, 2), score.places());
    assertEquals(2, score.named());
    assertEquals(1, score.namedRight());
    assertEquals(0.5, score.canonical());
    assertEquals(
        List.of(
            "wire/raqqa.txt 19 misnamed 'Raqqa': Raqqa, not Ar-Raqqah",
            "wire/raqqa.txt 54 spurious place 'Mosul' as Mosul",
            "wire/raqqa.txt 28 missed place 'Tuesday' (Tuesday)"),
        score.errors().stream().sorted((a, b) -> order(a) - order(b)).toList());
  }

  @Test
  void anArticleTheIngesterCannotFindIsReported() throws IOException {
    Path gold = Files.createDirectories(corpus.resolve("gold")).resolve("mentions.json");
    Files.writeString(gold, "[{\"source\": \"gone.txt\", \"mentions\": []}]");

    MentionEval.Score score =
        new MentionEval(Pipeline.readers(), Pipeline.tagger()).run(gold, corpus);

    assertEquals(List.of("gone.txt: not found by the ingester"), score.errors());
  }

  private static int order(String error) {
    return error.contains("misnamed") ? 0 : error.contains("spurious") ? 1 : 2;
  }
}
