package newsarchive.ingest.clean;

import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries of a page, with what the extractor needs to judge it:
 * the block element that holds it, how much of it is link text and its word count. {@code text} has
 * its whitespace collapsed. Immutable, though {@code owner} points into a live DOM.
 */
record TextBlock(String text, Element owner, int chars, int linkChars, int words) {
  TextBlock {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(owner, "owner");
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
