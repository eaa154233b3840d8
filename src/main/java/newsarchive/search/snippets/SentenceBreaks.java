package newsarchive.search.snippets;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
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
  private int[] bounds = {0};
  private int at;

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    StringBuilder b = new StringBuilder();
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      b.append(c);
    }
    int begin = newText.getBeginIndex();
    String s = b.toString();
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
    jdk.setText(s);
    int[] kept = new int[16];
    int n = 0;
    for (int p = jdk.first(); p != DONE; p = jdk.next()) {
      if (p == 0 || p == s.length() || !continues(s, p)) {
        if (n == kept.length) {
          kept = Arrays.copyOf(kept, n * 2);
        }
        kept[n++] = begin + p;
      }
    }
    bounds = Arrays.copyOf(kept, n);
    at = 0;
    newText.setIndex(begin);
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
    return bounds[0];
  }

  @Override
  public int last() {
    at = bounds.length - 1;
    return bounds[at];
  }

  @Override
  public int next(int n) {
    int target = at + n;
    if (target < 0 || target >= bounds.length) {
      at = target < 0 ? 0 : bounds.length - 1;
      return DONE;
    }
    at = target;
    return bounds[at];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    int i = Arrays.binarySearch(bounds, offset);
    i = i >= 0 ? i + 1 : -i - 1;
    if (i >= bounds.length) {
      at = bounds.length - 1;
      return DONE;
    }
    at = i;
    return bounds[at];
  }

  @Override
  public int preceding(int offset) {
    int i = Arrays.binarySearch(bounds, offset);
    i = i >= 0 ? i - 1 : -i - 2;
    if (i < 0) {
      at = 0;
      return DONE;
    }
    at = i;
    return bounds[at];
  }

  @Override
  public int current() {
    return bounds[at];
  }
}
