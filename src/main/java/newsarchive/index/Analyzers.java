package newsarchive.index;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The archive's analyzers. Text fields fold case and accents and stem lightly (KStem keeps names
 * intact, unlike Porter); apostrophes and ayn marks vanish, so Ba'ath, Baʿath and Baath are one
 * word. The variants field holds spelling keys of names (see {@link SpellingKey}). Analyzers are
 * thread-safe.
 */
public final class Analyzers {
  private Analyzers() {}

  /** For title and body, at index and query time. */
  public static Analyzer text() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream s = new EnglishPossessiveFilter(source);
        s = new LowerCaseFilter(s);
        s = new ASCIIFoldingFilter(s);
        return new TokenStreamComponents(source, new KStemFilter(s));
      }

      @Override
      protected Reader initReader(String field, Reader reader) {
        return new ApostropheCharFilter(reader);
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /** For the variants field at index time: spelling keys of name-like words. */
  static Analyzer variants() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        CapitalisedWordTokenizer source = new CapitalisedWordTokenizer();
        return new TokenStreamComponents(source, new SpellingVariantFilter(source));
      }
    };
  }

  /** What the IndexWriter uses: text() everywhere but the variants field. */
  public static Analyzer forIndexing() {
    return new PerFieldAnalyzerWrapper(text(), Map.of(Schema.VARIANTS, variants()));
  }
}
