package newsarchive.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnchorScannerTest {
  private static final AnchoredMatches AGO =
      new AnchoredMatches(
          Pattern.compile("(?i)(?<!\\p{L})(?:\\d+|two)\\s+days?\\s+ago(?!\\p{L})"),
          List.of("ago"),
          true,
          16,
          1);
  private static final AnchoredMatches MONTH =
      new AnchoredMatches(
          Pattern.compile("(?<!\\p{L})(?:on|in)\\s+(?:May|March)(?!\\p{L})"),
          List.of("May", "March"),
          false,
          8,
          1);
  private static final AnchorScanner SCANNER = new AnchorScanner(List.of(AGO, MONTH));

  @Test
  void findsWhatAFullScanFinds() {
    Random random = new Random(11);
    String[] words = {
      "two", "days", "day", "AGO", "ago", "Ago", "agog", "in", "on", "May", "may", "March",
      "marched", "3", "12", " ", "  ", ",", "\n"
    };
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
      }
      String t = text.toString();
      AnchorScanner.Found found = SCANNER.in(t);
      assertEquals(spans(AGO.pattern().matcher(t).results().toList()), spans(found.of(AGO)), t);
      assertEquals(spans(MONTH.pattern().matcher(t).results().toList()), spans(found.of(MONTH)), t);
    }
  }

  @Test
  void anchorsHonourCaseOnlyWhereThePatternDoes() {
    String text = "two days AGO, in May and in may";
    AnchorScanner.Found found = SCANNER.in(text);
    assertEquals(List.of("two days AGO"), texts(text, found.of(AGO)));
    assertEquals(List.of("in May"), texts(text, found.of(MONTH)));
  }

  @Test
  void asksOnlyForItsOwnPatterns() {
    AnchoredMatches other = new AnchoredMatches(Pattern.compile("x"), List.of("x"), false, 0, 0);
    assertThrows(IllegalArgumentException.class, () -> SCANNER.in("x").of(other));
  }

  private static List<String> spans(List<MatchResult> matches) {
    return matches.stream().map(m -> m.start() + "-" + m.end()).toList();
  }

  private static List<String> texts(String text, List<MatchResult> matches) {
    return matches.stream().map(m -> text.substring(m.start(), m.end())).toList();
  }
}
