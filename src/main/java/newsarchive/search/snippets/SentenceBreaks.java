package newsarchive.search.snippets;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentence boundaries for passages that know the press's abbreviations: the JDK's sentence breaks,
 * less those after an abbreviation (U.S., U.N., Gen., Lt. Col., Jan.) and those before a word that
 * goes on the sentence (a lower-case letter, a hyphen, a comma): "the U.S.-backed forces" is one
 * sentence, not "the U.S." and "-backed forces". Not thread-safe; one per highlighting.
 */
final class SentenceBreaks extends BreakIterator {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "brig", "adm", "cmdr", "mr", "mrs", "ms",
          "dr", "prof", "sen", "rep", "gov", "pres", "st", "jr", "sr", "no", "vol", "vs", "etc",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "approx", "est", "dept", "univ", "inc", "ltd", "co", "corp");

  /** Initials and dotted short forms: U.S., U.N., U.K., a.m., E.U., A. */
  private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.)+");

  private CharacterIterator text = new StringCharacterIterator("");
  private String chars = "";
  private int begin;
  private BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);

  /** The current boundary, relative to {@code begin}. */
  private int at;

  /**
   * Boundaries are found as they are asked for, not for the whole text at once: a summary wants the
   * first sentence or two of a body, and a hit's passages the sentences around its matches, so
   * scanning every sentence of every body shown cost more than the rest of the highlighting.
   */
  @Override
  public void setText(String newText) {
    text = new StringCharacterIterator(newText);
    begin = 0;
    chars = newText;
    jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
    jdk.setText(chars);
    at = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    StringBuilder b = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      b.append(c);
    }
    begin = newText.getBeginIndex();
    chars = b.toString();
    jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
    jdk.setText(chars);
    at = 0;
    newText.setIndex(begin);
  }

  /** The first kept boundary at or after the JDK's boundary {@code p}, going forward. */
  private int keptForward(int p) {
    while (p != DONE && p < chars.length() && continues(chars, p)) {
      p = jdk.next();
    }
    return p == DONE ? chars.length() : p;
  }

  /** The first kept boundary at or before the JDK's boundary {@code p}, going back. */
  private int keptBack(int p) {
    while (p != DONE && p > 0 && continues(chars, p)) {
      p = jdk.previous();
    }
    return p == DONE ? 0 : p;
  }

  /** Whether the sentence the JDK ends at {@code p} goes on past it. */
  private static boolean continues(String s, int p) {
    int next = p;
    while (next < s.length() && s.charAt(next) == ' ') {
      next++;
    }
    if (next < s.length()) {
      char c = s.charAt(next);
      if (Character.isLowerCase(c) || c == '-' || c == ',' || c == ';' || c == ')') {
        return true;
      }
    }
    int end = p;
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || s.charAt(end - 1) != '.') {
      return false;
    }
    int start = end - 1;
    while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
      start--;
    }
    String word = s.substring(start, end);
    if (DOTTED.matcher(word).matches()) {
      return true;
    }
    String bare = word.substring(0, word.length() - 1).replaceAll("^\\p{P}+", "");
    return ABBREVIATIONS.contains(bare.toLowerCase(Locale.ROOT));
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    at = 0;
    return begin;
  }

  @Override
  public int last() {
    at = chars.length();
    return begin + at;
  }

  @Override
  public int next(int n) {
    int result = begin + at;
    for (int i = 0; i < Math.abs(n) && result != DONE; i++) {
      result = n > 0 ? next() : previous();
    }
    return result;
  }

  @Override
  public int next() {
    if (at >= chars.length()) {
      return DONE;
    }
    at = keptForward(jdk.following(at));
    return begin + at;
  }

  @Override
  public int previous() {
    if (at <= 0) {
      return DONE;
    }
    at = keptBack(jdk.preceding(at));
    return begin + at;
  }

  @Override
  public int following(int offset) {
    int o = offset - begin;
    if (o >= chars.length()) {
      at = chars.length();
      return DONE;
    }
    at = keptForward(jdk.following(Math.max(0, o)));
    return begin + at;
  }

  @Override
  public int preceding(int offset) {
    int o = offset - begin;
    if (o <= 0) {
      at = 0;
      return DONE;
    }
    at = keptBack(jdk.preceding(Math.min(o, chars.length())));
    return begin + at;
  }

  @Override
  public int current() {
    return begin + at;
  }
}
