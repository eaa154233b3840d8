package newsarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DumpRowsTest {
  @Test
  void linesBecomeParagraphsStrippedWithTheirSpacesMadeOne() {
    assertEquals(
        "Rebels took Bir Qassab.\n\nThe Badia is vast.",
        DumpRows.paragraphs(
            "  Rebels \t took\u000B Bir\0Qassab. \r\n\r\n\n\tThe Badia  is vast.\u2003\r"));
    assertEquals("", DumpRows.paragraphs(" \0\n\r\n\t"));
    // A no-break space inside a line is a character of the text, not a space to fold.
    assertEquals("Deir\u00a0ez-Zor", DumpRows.paragraphs("Deir\u00a0ez-Zor"));
  }

  @Test
  void paragraphsAreWhatTheLineAndPatternRuleGives() {
    String alphabet = "\0\t\u000B\f\r\n \u00a0\u2003\u001C\u0085\u2028aZ9é-.";
    Random random = new Random(5);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      assertEquals(byLinesAndPattern(s), DumpRows.paragraphs(s), () -> escaped(s));
    }
  }

  // The rule as first written: split into lines, strip each, fold runs of \s, drop empty lines.
  private static String byLinesAndPattern(String text) {
    Pattern spaces = Pattern.compile("\\s+");
    return String.join(
        "\n\n",
        text.replace("\r\n", "\n")
            .replace('\r', '\n')
            .replace('\0', ' ')
            .lines()
            .map(line -> spaces.matcher(line.strip()).replaceAll(" "))
            .filter(line -> !line.isEmpty())
            .toList());
  }

  static String escaped(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c < 32 || c > 126 ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : c);
    }
    return out.toString();
  }
}
