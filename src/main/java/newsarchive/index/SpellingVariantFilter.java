package newsarchive.index;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Keeps the name-like words of {@link CapitalisedWordTokenizer}'s capitalised ones (four letters or
 * more, not a stop word) and replaces each by its {@link SpellingKey}, followed by {@code
 * key␟surface} so that a search can list the spellings a key stands for. Lower-case words never get
 * here, which keeps "bit" from ever widening to "bat". The variants field keeps no positions, so
 * none are set.
 */
final class SpellingVariantFilter extends TokenFilter {
  private static final int MIN_LENGTH = 4;
  private static final CharArraySet STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private String pendingSurfaceTerm;

  SpellingVariantFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingSurfaceTerm != null) {
      term.setEmpty().append(pendingSurfaceTerm);
      pendingSurfaceTerm = null;
      return true;
    }
    while (input.incrementToken()) {
      if (term.length() >= MIN_LENGTH) {
        String lower = term.toString().toLowerCase(Locale.ROOT);
        if (!STOP.contains(lower)) {
          String key = SpellingKey.of(lower);
          pendingSurfaceTerm = key + SpellingKey.SURFACE_SEPARATOR + lower;
          term.setEmpty().append(key);
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingSurfaceTerm = null;
  }
}
