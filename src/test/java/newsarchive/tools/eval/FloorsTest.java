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
    EvalReport report =
        new EvalReport(
            new EvalReport.Body(1, 1, 1, 1, 1),
            new EvalReport.Accuracy(1, 1, 1),
            new EvalReport.Accuracy(1, 1, 1),
            new EvalReport.Fakes(1, 1, 1, 1),
            new EvalReport.Mentions(1, 1, 1, 1, 1, 1),
            List.of(),
            List.of(
                new EvalReport.Toponyms("TR-News", "SCORE", 1, 1, 1, 1, 1, 1, 1),
                new EvalReport.Toponyms("lgl", "SCORE", 1, 1, 1, 1, 1, 1, 1)));
    assertEquals(20, report.scores().size());
    report.scores().keySet().forEach(m -> assertEquals(true, Floors.of(m) > 0, m));
  }
}
