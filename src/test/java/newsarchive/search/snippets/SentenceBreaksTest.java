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
}
