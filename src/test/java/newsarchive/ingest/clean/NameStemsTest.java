package newsarchive.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameStemsTest {
  private final NameStems stems = new NameStems("share|sign-up|related");

  @Test
  void aStemAnywhereInTheNamesCounts() {
    assertTrue(stems.in("post-share-bar main"));
    assertTrue(stems.in("newsletter-sign-up"));
    assertTrue(stems.in("x relatedstories"));
  }

  @Test
  void namesWithoutAStemDoNot() {
    assertFalse(stems.in("article-body entry-content"));
    assertFalse(stems.in("signup"), "the hyphen is part of the stem");
    assertFalse(stems.in(""));
  }
}
