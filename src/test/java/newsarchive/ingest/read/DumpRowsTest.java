package newsarchive.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import newsarchive.ingest.RandomText;
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
    RandomText.assertAgree(
        DumpRowsTest::byLinesAndPattern,
        DumpRows::paragraphs,
        "\0\t\u000B\f\r\n \u00a0\u2003\u001C\u0085\u2028aZ9é-.",
        40,
        5);
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
}
