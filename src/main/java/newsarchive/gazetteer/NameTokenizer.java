package newsarchive.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text, or a gazetteer name, into {@link NameToken}s that compare equal whatever the
 * spelling habits: diacritics, apostrophes and ayn marks (’ ' ʿ ʾ ‘ `) and letter case fall away,
 * and the Arabic article in its assimilated forms (al, el, ad, ar, as, ash, ez, ...) becomes "al",
 * so "Deir ez-Zor" and "Deir al-Zor" share their keys. Stateless and thread-safe.
 */
public final class NameTokenizer {

  // A full stop after these does not end a sentence.
  private static final Set<String> ABBREVIATIONS =
      Set.of("mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "sgt", "jr", "sr", "vs");

  private NameTokenizer() {}

  public static List<NameToken> tokenize(String text) {
    List<NameToken> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    int previousEnd = -1;
    String previousKey = null;
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      // Most words are lower-case ASCII and are their own key: no copy, folding or lookup.
      boolean plain = true;
      while (i < n) {
        char c = text.charAt(i);
        if (isWordChar(c)) {
          plain &= (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
          i++;
        } else if (isApostrophe(c) && i + 1 < n && isWordChar(text.charAt(i + 1))) {
          if (isPossessive(text, i)) {
            break;
          }
          plain = false;
          i++; // inside a word an apostrophe or ayn mark is dropped: Dara'a = Daraa
        } else {
          break;
        }
      }
      int end = i;
      if (i < n && isApostrophe(text.charAt(i)) && isPossessive(text, i)) {
        i += 2;
      }
      String key =
          plain ? withArticle(text.substring(start, end)) : normalise(wordChars(text, start, end));
      boolean breakBefore = previousEnd >= 0 && isBreak(text, previousEnd, start, previousKey);
      tokens.add(new NameToken(key, start, end, shapeOf(text, start, end), breakBefore));
      previousEnd = end;
      previousKey = key;
    }
    return tokens;
  }

  /** The normalised key of a whole phrase: its token keys joined by single spaces. */
  public static String key(String phrase) {
    StringBuilder sb = new StringBuilder();
    for (NameToken token : tokenize(phrase)) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(token.key());
    }
    return sb.toString();
  }

  private static CharSequence wordChars(String text, int start, int end) {
    StringBuilder raw = new StringBuilder(end - start);
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (!isApostrophe(c)) {
        raw.append(c);
      }
    }
    return raw;
  }

  private static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return !isApostrophe(c)
        && (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK);
  }

  /** Whether a character is an apostrophe or an ayn mark, which names drop. */
  public static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘' || c == 'ʿ' || c == 'ʾ' || c == '`' || c == '´'
        || c == 'ʼ' || c == 'ʻ' || c == '′';
  }

  private static boolean isPossessive(String text, int apostrophe) {
    int s = apostrophe + 1;
    return s < text.length()
        && (text.charAt(s) == 's' || text.charAt(s) == 'S')
        && (s + 1 == text.length() || !isWordChar(text.charAt(s + 1)))
        && apostrophe > 0
        && Character.isLetter(text.charAt(apostrophe - 1));
  }

  private static String normalise(CharSequence raw) {
    String key = asciiKey(raw);
    if (key == null) {
      key = foldedKey(raw);
    }
    return withArticle(key);
  }

  private static String withArticle(String key) {
    return isArticle(key) ? "al" : key;
  }

  /** Whether a word is a form of the Arabic article "al" (as-, ash-, ez-, ...). */
  private static boolean isArticle(String key) {
    // A switch rather than a set: it is asked of every word of every article.
    return switch (key) {
      case "al",
          "el",
          "ad",
          "ar",
          "as",
          "ash",
          "at",
          "az",
          "ez",
          "ed",
          "er",
          "es",
          "et",
          "an",
          "en",
          "adh",
          "ath",
          "ud",
          "ul" ->
          true;
      default -> false;
    };
  }

  // The common case, plain ASCII letters and digits, without the cost of Unicode decomposition.
  private static String asciiKey(CharSequence raw) {
    char[] out = new char[raw.length()];
    for (int k = 0; k < out.length; k++) {
      char c = raw.charAt(k);
      if (c >= 'A' && c <= 'Z') {
        out[k] = (char) (c + ('a' - 'A'));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out[k] = c;
      } else {
        return null;
      }
    }
    return new String(out);
  }

  private static String foldedKey(CharSequence raw) {
    String decomposed = Normalizer.normalize(raw, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int k = 0; k < decomposed.length(); k++) {
      char c = decomposed.charAt(k);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case 'ı' -> sb.append('i');
        case 'ł', 'Ł' -> sb.append('l');
        case 'ø', 'Ø' -> sb.append('o');
        case 'đ', 'Đ' -> sb.append('d');
        case 'ß' -> sb.append("ss");
        case 'æ', 'Æ' -> sb.append("ae");
        case 'œ', 'Œ' -> sb.append("oe");
        default -> sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static NameToken.Shape shapeOf(String text, int start, int end) {
    char first = text.charAt(start);
    if (!Character.isUpperCase(first)) {
      return NameToken.Shape.LOWER;
    }
    for (int k = start + 1; k < end; k++) {
      if (Character.isLowerCase(text.charAt(k))) {
        return NameToken.Shape.CAPITALISED;
      }
    }
    return NameToken.Shape.ALL_CAPS;
  }

  // Clause and sentence punctuation between two words; a full stop after an initial (U.S.) or a
  // title (Mr.) does not count, nor does a hyphen or an apostrophe.
  private static boolean isBreak(String text, int from, int to, String previousKey) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      switch (c) {
        case '.' -> {
          boolean initial = previousKey.length() == 1;
          if (!initial && !ABBREVIATIONS.contains(previousKey)) {
            return true;
          }
        }
        case ',',
            ';',
            ':',
            '!',
            '?',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '"',
            '“',
            '”',
            '«',
            '»',
            '|',
            '/',
            '\n',
            '\r',
            '\t',
            '–',
            '—',
            '•' -> {
          return true;
        }
        case '-' -> {
          if (k > from && Character.isWhitespace(text.charAt(k - 1))) {
            return true; // a spaced dash
          }
        }
        default -> {}
      }
    }
    return false;
  }
}
