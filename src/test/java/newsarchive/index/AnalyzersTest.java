package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class AnalyzersTest {
  private static final String MARKS = "'\u2019\u2018\u02bf\u02be\u02bc`\u00b4";

  @Test
  void apostropheFilterDropsWhatTheMappingFilterDropsAndKeepsItsOffsets() throws IOException {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    for (int i = 0; i < MARKS.length(); i++) {
      char mark = MARKS.charAt(i);
      map.add(String.valueOf(mark), "");
    }
    NormalizeCharMap marks = map.build();
    Random random = new Random(7);
    String alphabet = "ab Z-." + MARKS;
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      int chunk = 1 + random.nextInt(8);
      CharFilter ours = new ApostropheCharFilter(new StringReader(text.toString()));
      CharFilter lucenes = new MappingCharFilter(marks, new StringReader(text.toString()));
      String read = readAll(ours, chunk);
      assertEquals(readAll(lucenes, chunk), read, text.toString());
      for (int offset = 0; offset <= read.length(); offset++) {
        assertEquals(
            lucenes.correctOffset(offset), ours.correctOffset(offset), text + " @" + offset);
      }
    }
  }

  @Test
  void textFieldsReadApostrophesAndAynMarksAsNothing() throws IOException {
    Analyzer text = Analyzers.text();
    assertEquals(
        List.of("baath", "baath", "baath", "raqqa"),
        terms(text, Schema.BODY, "Ba'ath Baʿath Baath ‘Raqqa’"));
    assertEquals(
        List.of("0-6", "7-13", "14-19", "21-27"),
        offsets(text, Schema.BODY, "Ba'ath Baʿath Baath ‘Raqqa’"));
  }

  @Test
  void variantsHoldKeysAndSpellingsOfCapitalisedWordsOnly() throws IOException {
    assertEquals(
        List.of("salama", "salama\u001fsalameh", "raka", "raka\u001fraqqah"),
        variants("Salameh's fighters reached the outskirts of Raqqah."));
  }

  @Test
  void variantsFoldAccentsAndDropMarksShortWordsAndStopWords() throws IOException {
    assertEquals(
        List.of("halab", "halab\u001fhalab", "bath", "bath\u001fbaath", "dar", "dar\u001fdeir"),
        variants("This Ḥalab of Baʿath, in Deir ez-Zor: al-Bab"));
  }

  @Test
  void variantsSkipTextWithoutNames() throws IOException {
    assertEquals(List.of(), variants("shelling went on 'til dawn"));
  }

  private static String readAll(Reader reader, int chunk) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[chunk];
    int n;
    while ((n = reader.read(buffer, 0, chunk)) != -1) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }

  private static List<String> variants(String text) throws IOException {
    return terms(Analyzers.forIndexing(), Schema.VARIANTS, text);
  }

  private static List<String> terms(Analyzer analyzer, String field, String text)
      throws IOException {
    return each(analyzer, field, text, ts -> ts.addAttribute(CharTermAttribute.class).toString());
  }

  private static List<String> offsets(Analyzer analyzer, String field, String text)
      throws IOException {
    return each(
        analyzer,
        field,
        text,
        ts -> {
          OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
          return offset.startOffset() + "-" + offset.endOffset();
        });
  }

  private static List<String> each(
      Analyzer analyzer, String field, String text, Function<TokenStream, String> read)
      throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      ts.reset();
      while (ts.incrementToken()) {
        out.add(read.apply(ts));
      }
      ts.end();
    }
    return out;
  }
}
