package newsarchive.search.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences as passages need them: abbreviations and initials never end one. */
class SentenceBreaksTest {
  private static List<String> sentences(String text) {
    BreakIterator b = new SentenceBreaks();
    b.setText(text);
    List<String> out = new ArrayList<>();
    for (int start = b.first(), end = b.next(); end != BreakIterator.DONE; end = b.next()) {
      out.add(text.substring(start, end));
      start = end;
    }
    return out;
  }

  @Test
  void abbreviationsAndInitialsDoNotEndASentence() {
    assertEquals(
        List.of(
            "Jets of the U.S.-led coalition struck. ",
            "Gen. Smith said the U.N. team left on Jan. 4 with Lt. Col. Adams. ",
            "Residents fled."),
        sentences(
            "Jets of the U.S.-led coalition struck. Gen. Smith said the U.N. team left on Jan. 4"
                + " with Lt. Col. Adams. Residents fled."));
  }

  @Test
  void aSentenceEndingInAnAbbreviationJoinsTheNextRatherThanStopShort() {
    assertEquals(
        List.of("Forces backed by the U.S. Kurdish fighters advanced. ", "Smoke rose."),
        sentences("Forces backed by the U.S. Kurdish fighters advanced. Smoke rose."));
  }

  @Test
  void followingAndPrecedingFindTheKeptBoundaries() {
    BreakIterator b = new SentenceBreaks();
    String text = "One. Gen. Two said so. Three.";
    b.setText(text);
    assertEquals(5, b.following(0));
    assertEquals(23, b.following(6));
    assertEquals(5, b.preceding(23));
    assertEquals(0, b.preceding(5));
    assertEquals(BreakIterator.DONE, b.following(text.length()));
  }

  @Test
  void boundariesFoundOnDemandAgreeWithAWalkFromTheStartAtEveryOffset() {
    String text =
        "Jets of the U.S.-led coalition struck. Gen. Smith said so. Forces backed by the U.S."
            + " Kurdish fighters advanced! Was it (the U.N.) team? Residents fled. Smoke rose.";
    BreakIterator walk = new SentenceBreaks();
    walk.setText(text);
    List<Integer> kept = new ArrayList<>();
    for (int p = walk.first(); p != BreakIterator.DONE; p = walk.next()) {
      kept.add(p);
    }
    assertEquals(text.length(), kept.get(kept.size() - 1));
    for (int offset = 0; offset <= text.length(); offset++) {
      final int o = offset;
      int after = kept.stream().filter(k -> k > o).findFirst().orElse(BreakIterator.DONE);
      int before = kept.stream().filter(k -> k < o).reduce((a, b) -> b).orElse(BreakIterator.DONE);
      BreakIterator b = new SentenceBreaks();
      b.setText(text);
      assertEquals(after, b.following(offset), "following " + offset);
      assertEquals(before, b.preceding(offset), "preceding " + offset);
      if (after != BreakIterator.DONE) {
        b.following(offset);
        assertEquals(
            before == BreakIterator.DONE ? 0 : kept.get(kept.indexOf(after) - 1),
            b.previous(),
            "previous after following " + offset);
      }
    }
  }
}
