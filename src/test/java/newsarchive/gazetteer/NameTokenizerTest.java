package newsarchive.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameTokenizerTest {

  @Test
  void foldsDiacriticsApostrophesAynMarksAndArticles() {
    assertEquals("deir al zor", NameTokenizer.key("Deir ez-Zor"));
    assertEquals("deir al zor", NameTokenizer.key("Deir al-Zor"));
    assertEquals("dayr al zawr", NameTokenizer.key("Dayr az Zawr"));
    assertEquals("afrin", NameTokenizer.key("‘Afrīn"));
    assertEquals("daraa", NameTokenizer.key("Dara'a"));
    assertEquals("daraa", NameTokenizer.key("Dara’a"));
    assertEquals("sasa", NameTokenizer.key("Saʿsaʾ"));
    assertEquals("hasakah", NameTokenizer.key("Ḩasakah"));
  }

  @Test
  void dropsThePossessive() {
    assertEquals("islamic state presence", NameTokenizer.key("Islamic State’s presence"));
    assertEquals("syria war", NameTokenizer.key("Syria's war"));
  }

  @Test
  void recordsOffsetsShapesAndClauseBreaks() {
    String text = "IS fled. U.S.-led forces, Raqqa";
    List<NameToken> tokens = NameTokenizer.tokenize(text);
    assertEquals(
        List.of("is", "fled", "u", "s", "led", "forces", "raqqa"),
        tokens.stream().map(NameToken::key).toList());
    assertEquals(NameToken.Shape.ALL_CAPS, tokens.get(0).shape());
    assertEquals(NameToken.Shape.LOWER, tokens.get(1).shape());
    assertEquals(NameToken.Shape.CAPITALISED, tokens.get(6).shape());
    assertEquals(
        List.of(false, false, true, false, false, false, true),
        tokens.stream().map(NameToken::breakBefore).toList());
    NameToken raqqa = tokens.get(6);
    assertEquals("Raqqa", text.substring(raqqa.start(), raqqa.end()));
  }

  @Test
  void caseFoldingIgnoresTheDefaultLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      assertEquals("idlib", NameTokenizer.key("IDLIB"));
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }
}
