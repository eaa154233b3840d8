package newsarchive.index;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Keeps only name-like words (capitalised, four letters or more, not a stop word) and replaces each
 * by its {@link SpellingKey}, followed at the same position by {@code key␟surface} so that a search
 * can list the spellings a key stands for. Common lower-case words are dropped, which keeps "bit"
 * from ever widening to "bat". Expects case-preserved, ASCII-folded tokens ({@link
 * CapitalisedWordTokenizer} gives only capitalised ones).
 */
final class SpellingVariantFilter extends TokenFilter {
  private static final int MIN_LENGTH = 4;
  private static final CharArraySet STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private String pendingSurfaceTerm;

  SpellingVariantFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingSurfaceTerm != null) {
      term.setEmpty().append(pendingSurfaceTerm);
      position.setPositionIncrement(0);
      pendingSurfaceTerm = null;
      return true;
    }
    int skipped = 0;
    while (input.incrementToken()) {
      if (term.length() >= MIN_LENGTH && Character.isUpperCase(term.charAt(0))) {
        String lower = term.toString().toLowerCase(Locale.ROOT);
        if (!STOP.contains(lower)) {
          String key = SpellingKey.of(lower);
          pendingSurfaceTerm = key + SpellingKey.SURFACE_SEPARATOR + lower;
          term.setEmpty().append(key);
          position.setPositionIncrement(position.getPositionIncrement() + skipped);
          return true;
        }
      }
      skipped += position.getPositionIncrement();
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingSurfaceTerm = null;
  }
}
