package newsarchive.ingest.clean;

import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries of a page, with what the extractor needs to judge it:
 * the block element that holds it, how much of it is link text, its word count, and the elements
 * around it whose class or id names a page part other than an article ({@code named}, outermost
 * first; empty for most blocks). {@code text} has its whitespace collapsed. Immutable, though the
 * elements point into a live DOM.
 */
record TextBlock(
    String text, Element owner, int chars, int linkChars, int words, List<Element> named) {
  TextBlock {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(owner, "owner");
    named = List.copyOf(named);
  }

  TextBlock(String text, Element owner, int chars, int linkChars, int words) {
    this(text, owner, chars, linkChars, words, List.of());
  }

  /** Whether a class or id around the block names furniture. */
  boolean isNamedFurniture() {
    return !named.isEmpty();
  }

  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }

  String tag() {
    return owner.normalName();
  }

  boolean isHeading() {
    String t = tag();
    return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
  }

  /** Ends the way a sentence ends, which menus and labels seldom do. */
  boolean endsLikeSentence() {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'' || c == ')' || c == '”' || c == '’' || c == '»' || c == ' ') {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '؟';
    }
    return false;
  }
}
