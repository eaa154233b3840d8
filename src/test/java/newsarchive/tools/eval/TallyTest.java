package newsarchive.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TallyTest {
  @Test
  void precisionIsOverPredictionsAndRecallOverTruth() {
    Tally t = new Tally(3, 4, 6);
    assertEquals(0.75, t.precision());
    assertEquals(0.5, t.recall());
  }

  @Test
  void anEmptySideScoresOneOnlyWhenTheOtherIsEmptyToo() {
    assertEquals(1.0, new Tally(0, 0, 0).precision());
    assertEquals(1.0, new Tally(0, 0, 0).recall());
    assertEquals(0.0, new Tally(0, 0, 2).precision());
    assertEquals(0.0, new Tally(0, 2, 0).recall());
  }

  @Test
  void addsCountsAndRejectsMoreMatchesThanPredictions() {
    assertEquals(new Tally(3, 5, 4), new Tally(1, 2, 2).plus(new Tally(2, 3, 2)));
    assertThrows(IllegalArgumentException.class, () -> new Tally(2, 1, 2));
  }
}
