package newsarchive.tools.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  @Test
  void bundledVocabularyStartsWithFunctionWordsAndHoldsConflictWords() {
    Vocabulary english = Vocabulary.english();

    assertEquals("the", english.wordAt(0));
    assertEquals("of", english.wordAt(1));
    assertTrue(english.size() > 2000, "size " + english.size());
    assertEquals("fighters", english.wordAt(100));
  }

  @Test
  void frequencyFallsWithRankLikeZipf() {
    Vocabulary vocabulary = new Vocabulary(List.of("a", "b", "c", "d", "e", "f", "g", "h"), 1.0);
    Map<String, Integer> counts = new HashMap<>();
    Random random = new Random(42);
    for (int i = 0; i < 200_000; i++) {
      counts.merge(vocabulary.word(random), 1, Integer::sum);
    }
    // Expected shares are 1/(r+2.7) normalised over the eight ranks: 0.2427, 0.1771 ... 0.0676.
    double a = counts.get("a") / 200_000.0;
    double b = counts.get("b") / 200_000.0;
    double h = counts.get("h") / 200_000.0;
    assertEquals(0.2427, a, 0.005);
    assertEquals(0.1771, b, 0.005);
    assertEquals(0.0676, h, 0.005);
  }

  @Test
  void duplicatesKeepTheirFirstRankAndEmptyListsAreRefused() {
    Vocabulary vocabulary = new Vocabulary(List.of("war", "peace", "war"), 1.0);
    assertEquals(2, vocabulary.size());
    assertThrows(IllegalArgumentException.class, () -> new Vocabulary(List.of(), 1.0));
    assertThrows(IllegalArgumentException.class, () -> new Vocabulary(List.of("a"), 0));
  }
}
