package newsarchive.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of a text that start with a capital letter, folded to ASCII, with apostrophes and ayn
 * marks inside them dropped ("Baʿath" gives "Baath") and a possessive's "'s" left off ("Salameh's"
 * gives "Salameh"); every other word is skipped without being made a token. A word is a run of
 * letters, digits and combining marks. The variants field wants only names, and most words of an
 * article are not capitalised: a full tokenizer followed by a filter that throws those away
 * analysed every body a second time. One per token stream.
 */
final class CapitalisedWordTokenizer extends Tokenizer {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
  private char[] text = new char[8192];
  private int length;
  private int position;
  private char[] folded = new char[64];

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    while (position < length) {
      if (!isWordChar(text[position])) {
        position++;
        continue;
      }
      int start = position;
      boolean ascii = true;
      term.setEmpty();
      int end = position;
      while (position < length) {
        char c = text[position];
        if (isWordChar(c)) {
          term.append(c);
          ascii &= c < 128;
          end = ++position;
        } else if (isPossessive(position)) {
          position += 2; // Salameh's is Salameh
          break;
        } else if (ApostropheCharFilter.isMark(c)) {
          position++;
        } else {
          break;
        }
      }
      if (!ascii) {
        fold();
      }
      if (Character.isUpperCase(term.charAt(0))) {
        offsets.setOffset(correctOffset(start), correctOffset(end));
        return true;
      }
    }
    return false;
  }

  private boolean isPossessive(int mark) {
    return ApostropheCharFilter.isMark(text[mark])
        && mark + 1 < length
        && (text[mark + 1] == 's' || text[mark + 1] == 'S')
        && (mark + 2 == length || !isWordChar(text[mark + 2]));
  }

  private void fold() {
    int n = term.length();
    if (folded.length < n * 4) {
      folded = new char[n * 4];
    }
    int out = ASCIIFoldingFilter.foldToASCII(term.buffer(), 0, folded, 0, n);
    term.copyBuffer(folded, 0, out);
  }

  private static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (ApostropheCharFilter.isMark(c)) {
      return false;
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    // The whole text at once: fields are bounded, and words never straddle a refill.
    length = 0;
    position = 0;
    int read;
    while ((read = input.read(text, length, text.length - length)) != -1) {
      length += read;
      if (length == text.length) {
        text = Arrays.copyOf(text, text.length * 2);
      }
    }
  }

  @Override
  public void end() throws IOException {
    super.end();
    int last = correctOffset(length);
    offsets.setOffset(last, last);
  }
}
