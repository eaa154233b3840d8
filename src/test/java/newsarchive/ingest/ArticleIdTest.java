package newsarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArticleIdTest {
  @Test
  void aCopyWithAnotherEndingSharesTheKeyOfItsStory() {
    String opening = words(100, "word");
    assertEquals(
        ArticleId.copyKey(article("Title", opening + " Reporting by the desk.")),
        ArticleId.copyKey(article("Title", opening + "\n\n(c) Another outlet, all rights.")));
  }

  @Test
  void aChangeInTheOpeningWordsChangesTheKeyEvenWhenTheyAreLong() {
    // 80 words of 40 letters run far past the first cut the key looks at.
    String longWords = words(120, "x".repeat(36));
    assertTrue(longWords.indexOf("w79") > 2048);
    String changed = longWords.replace("w79" + "x".repeat(36), "w79" + "y".repeat(36));
    assertNotEquals(
        ArticleId.copyKey(article("T", longWords)), ArticleId.copyKey(article("T", changed)));
    String afterTheKey = longWords.replace("w81" + "x".repeat(36), "w81" + "y".repeat(36));
    assertEquals(
        ArticleId.copyKey(article("T", longWords)), ArticleId.copyKey(article("T", afterTheKey)));
  }

  @Test
  void caseAndPunctuationDoNotMatterButTheTitleDoes() {
    String body = "Rebels took the town of al-Bab on Monday, residents said.";
    assertEquals(
        ArticleId.copyKey(article("Al-Bab falls", body)),
        ArticleId.copyKey(article("AL BAB FALLS", body.toUpperCase(java.util.Locale.ROOT))));
    assertNotEquals(
        ArticleId.copyKey(article("Al-Bab falls", body)),
        ArticleId.copyKey(article("Manbij falls", body)));
    assertEquals(ArticleId.copyKey(article("", "")), ArticleId.copyKey(article("", " ")));
  }

  @Test
  void asciiTextIsNormalisedAsTheUnicodeRuleDoes() {
    RandomText.assertAgree(
        ArticleIdTest::byUnicodeRule, ArticleId::normalised, "aZk9 -.,'_\t\n!?/AQz0", 30, 3);
    // Beyond ASCII the rule itself applies: compatibility forms fold, marks stay in the word.
    assertEquals("fi 1 élan", ArticleId.normalised("\uFB01 \u2460 ÉLAN"));
  }

  private static String byUnicodeRule(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String words(int n, String stem) {
    return IntStream.range(0, n).mapToObj(i -> "w" + i + stem).collect(Collectors.joining(" "));
  }

  private static Article article(String title, String body) {
    return Articles.plain("a.txt", title, body);
  }
}
