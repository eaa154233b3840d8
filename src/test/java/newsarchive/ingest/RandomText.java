package newsarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;

/** Random strings over a small alphabet, to compare a fast rule with a plain one. */
public final class RandomText {
  private RandomText() {}

  /** Asserts that {@code fast} gives what {@code plain} gives on 20,000 random texts. */
  public static void assertAgree(
      UnaryOperator<String> plain,
      UnaryOperator<String> fast,
      String alphabet,
      int maxLength,
      long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 20_000; round++) {
      String s = of(random, alphabet, maxLength);
      assertEquals(plain.apply(s), fast.apply(s), () -> escaped(s));
    }
  }

  /** Up to {@code maxLength} characters, each drawn from {@code alphabet}. */
  private static String of(Random random, String alphabet, int maxLength) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(maxLength); i > 0; i--) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  /** {@code s} with control and non-ASCII characters as escapes, for a failure message. */
  private static String escaped(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c < 32 || c > 126 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : c);
    }
    return out.toString();
  }
}
