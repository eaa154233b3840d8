package newsarchive.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DevSplitTest {
  @Test
  void aNameAlwaysFallsOnTheSameSide() {
    // Fixed values: changing the hash would move pages between the parts and void the reports.
    assertEquals(DevSplit.Part.LOOK, DevSplit.of("0001.html"));
    assertEquals(DevSplit.Part.SCORE, DevSplit.of("0002.html"));
    assertEquals(DevSplit.of("0001.html"), DevSplit.of("0001.html"));
  }

  @Test
  void splitsASetRoughlyInHalves() {
    long look =
        IntStream.range(0, 1000)
            .filter(i -> DevSplit.of(String.format("%04d.html", i)) == DevSplit.Part.LOOK)
            .count();
    assertTrue(look > 450 && look < 550, "looked-at part " + look);
  }
}
