package newsarchive.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FloorsTest {
  @Test
  void listsOnlyTheScoresUnderTheirFloors() {
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put(Floors.BODY_F1, Floors.of(Floors.BODY_F1));
    scores.put(Floors.PLACE_RECALL, Floors.of(Floors.PLACE_RECALL) - 0.01);
    scores.put("a measure without a floor", 0.0);

    List<String> failures = Floors.failures(scores);

    assertEquals(1, failures.size());
    assertEquals(true, failures.get(0).startsWith("place mention recall "));
    assertEquals(true, failures.get(0).contains(" is under its floor "));
  }

  @Test
  void everyMeasureOfAFullReportHasAFloor() {
    EvalReport.Shingles shingles = new EvalReport.Shingles(1, 1, 1, 1);
    EvalReport.SnippetCounts snippets = new EvalReport.SnippetCounts(1, 0, 1, 1, 1, 1);
    EvalReport.Share share = new EvalReport.Share(1, 1, 1);
    EvalReport report =
        new EvalReport(
            new EvalReport.Body(1, 1, 1, 1, 1, shingles, shingles),
            new EvalReport.Snippets(snippets, snippets, snippets),
            new EvalReport.Accuracy(1, 1, 1, share, share),
            new EvalReport.Accuracy(1, 1, 1, share, share),
            new EvalReport.Fakes(1, 1, 1, 1),
            new EvalReport.Mentions(1, 1, 1, 1, 1, 1),
            List.of(),
            List.of(
                new EvalReport.Toponyms("TR-News", "SCORE", 1, 1, 1, 1, 1, 1, 1),
                new EvalReport.Toponyms("lgl", "SCORE", 1, 1, 1, 1, 1, 1, 1)));
    assertEquals(23, report.scores().size());
    report.scores().keySet().forEach(m -> assertEquals(true, Floors.of(m) > 0, m));
  }

  @Test
  void aSplitSetIsCheckedOnItsScoredPart() {
    EvalReport report =
        new EvalReport(
            new EvalReport.Body(
                2,
                0.9,
                0.9,
                0.9,
                1,
                new EvalReport.Shingles(1, 1, 1, 1),
                new EvalReport.Shingles(1, 0.8, 0.8, 0.8)),
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of());

    assertEquals(0.8, report.scores().get(Floors.BODY_F1));
    assertEquals(1.0, report.rows().get(Floors.BODY_F1).look());
    assertEquals(0.9, report.rows().get(Floors.BODY_F1).all());
  }
}
