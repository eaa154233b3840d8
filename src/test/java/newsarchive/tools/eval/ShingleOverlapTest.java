package newsarchive.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShingleOverlapTest {
  @Test
  void identicalTextsAreAllTruePositives() {
    ShingleOverlap.Counts c =
        ShingleOverlap.compare("one two three four five", "one two three four five");

    assertEquals(new ShingleOverlap.Counts(1, 0, 0), c);
  }

  @Test
  void extraAndMissingShinglesAreNormalisedPerPage() {
    // truth shingles: "a b c d", "b c d e"; predicted: "a b c d", "b c d x", "c d x y"
    ShingleOverlap.Counts c = ShingleOverlap.compare("a b c d e", "a b c d x y");

    assertEquals(new ShingleOverlap.Counts(0.25, 0.5, 0.25), c);
  }

  @Test
  void punctuationAndSpacingDoNotMatterButCaseDoes() {
    assertEquals(
        new ShingleOverlap.Counts(1, 0, 0),
        ShingleOverlap.compare("Rebels, said: on Monday", "Rebels said\n\non Monday"));
    assertEquals(
        new ShingleOverlap.Counts(0, 0.5, 0.5),
        ShingleOverlap.compare("Rebels said on Monday", "rebels said on Monday"));
  }

  @Test
  void textShorterThanAShingleCountsAsOne() {
    assertEquals(
        new ShingleOverlap.Counts(1, 0, 0), ShingleOverlap.compare("Hi there", "Hi, there!"));
    assertEquals(new ShingleOverlap.Counts(0, 0.5, 0.5), ShingleOverlap.compare("Hi there", "Hi"));
  }

  @Test
  void twoEmptyTextsCountNothing() {
    assertEquals(new ShingleOverlap.Counts(0, 0, 0), ShingleOverlap.compare("", ""));
  }
}
