package newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the query reader makes of text as users paste and type it: the Lucene syntax it writes and
 * the note that says what was not read as written (null when all was).
 */
class QueryReaderTest {
  static Stream<Arguments> queries() {
    return Stream.of(
        Arguments.of("9/11", "\"9 11\"", "searched 9 11 as words"),
        Arguments.of("4/4/2017", "\"4 4 2017\"", "searched 4 4 2017 as words"),
        Arguments.of(
            "https://news.example/syria/raqqa",
            "\"https news example syria raqqa\"",
            "searched https news example syria raqqa as words"),
        Arguments.of("Syria: 20 killed in Raqqa", "Syria 20 killed Raqqa", null),
        Arguments.of("raqqa!", "raqqa", null),
        Arguments.of("Aleppo [UPDATED]", "Aleppo UPDATED", "searched UPDATED as a word"),
        Arguments.of("Who is behind the attack?", "Who behind attack", null),
        Arguments.of("what?", "what", null),
        Arguments.of("-raqqa", "-raqqa", null),
        Arguments.of("NOT raqqa", "-raqqa", null),
        Arguments.of("aleppo NOT raqqa", "aleppo -raqqa", null),
        Arguments.of(
            "aleppo or raqqa",
            "aleppo raqqa",
            "ignored \"or\"; write OR in capitals for the operator"),
        Arguments.of("aleppo and raqqa", "aleppo raqqa", null),
        Arguments.of("aleppo OR raqqa chemical", "(aleppo OR raqqa) chemical", null),
        Arguments.of("aleppo AND raqqa", "aleppo raqqa", null),
        Arguments.of("Title:raqqa", "title:raqqa", null),
        Arguments.of("FACTION:\"Islamic State\"", "faction:\"Islamic State\"", null),
        Arguments.of("-\"old city\" Mosul", "-\"old city\" Mosul", null),
        Arguments.of("milit*", "milit*", null),
        Arguments.of("*ilitants", "ilitants", "searched ilitants as a word"),
        Arguments.of("\"old city", "old city", "ignored the unclosed quote"),
        Arguments.of(
            "(rebels OR militants", "(rebels OR militants)", "ignored the unmatched parenthesis"),
        Arguments.of("rebels)", "rebels", "ignored the unmatched parenthesis"),
        Arguments.of("(rebels OR militants) -Damascus", "(rebels OR militants) -Damascus", null),
        Arguments.of("-", "", "ignored -"),
        Arguments.of("a AND", "a", "ignored AND at the end"),
        Arguments.of("OR raqqa", "raqqa", "ignored OR with nothing before it"),
        Arguments.of("IS fighters", "IS fighters", null),
        Arguments.of("al-Assad", "al\\-Assad", null),
        Arguments.of("the", "the", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void readsEveryTextAndSaysWhatWasNotSyntax(String typed, String syntax, String interpreted) {
    QueryReader.Read read = QueryReader.read(typed);
    assertEquals(syntax, read.syntax(), typed);
    assertEquals(interpreted, read.interpreted(), typed);
  }
}
