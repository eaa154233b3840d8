package newsarchive.index;

/**
 * The spelling key of a transliterated name: two spellings of one Arabic or Kurdish name share it
 * (Salameh and Salamah, Raqqa and Raqqah, Deir and Dayr, Qassab and Kassab). Vowel runs become one
 * {@code a}, a {@code y} or {@code w} closing a vowel run counts as a vowel, a final {@code h}
 * after a vowel and doubled letters drop, and {@code q} reads as {@code k}. Expects lower-case
 * ASCII. Stateless.
 */
public final class SpellingKey {
  /** Separates a key from the surface spelling it was made from in the variants field. */
  public static final char SURFACE_SEPARATOR = '\u001f';

  private SpellingKey() {}

  public static String of(String word) {
    StringBuilder out = new StringBuilder(word.length());
    int n = word.length();
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      boolean vowel =
          isVowel(c)
              || (isGlide(c)
                  && i > 0
                  && isVowel(word.charAt(i - 1))
                  && !(i + 1 < n && isVowel(word.charAt(i + 1))));
      if (c == 'h' && i == n - 1 && i > 0 && isVowel(word.charAt(i - 1))) {
        continue;
      }
      char mapped = vowel ? 'a' : (c == 'q' ? 'k' : c);
      if (out.isEmpty() || out.charAt(out.length() - 1) != mapped) {
        out.append(mapped);
      }
    }
    return out.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static boolean isGlide(char c) {
    return c == 'y' || c == 'w';
  }
}
