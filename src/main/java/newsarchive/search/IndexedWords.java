package newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsarchive.index.Schema;
import newsarchive.index.SpellingKey;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;

/**
 * What words the archive holds, as a query widening needs to know: the other spellings of a name,
 * from the {@code key␟surface} terms of the variants field (a seek and a short scan, no matter how
 * large the index), and whether an alias's words occur at all. Not thread-safe; one per request.
 */
final class IndexedWords {
  private static final int MAX_VARIANTS = 8;
  private final IndexReader reader;

  IndexedWords(IndexReader reader) {
    this.reader = reader;
  }

  /** Spellings other than {@code word} (lower-case, folded) that share its key. */
  List<String> spellingsOf(String word) throws IOException {
    String key = SpellingKey.of(word);
    Terms terms = MultiTerms.getTerms(reader, Schema.VARIANTS);
    List<String> found = new ArrayList<>();
    if (terms == null || key.isEmpty()) {
      return found;
    }
    String prefix = key + SpellingKey.SURFACE_SEPARATOR;
    TermsEnum e = terms.iterator();
    if (e.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
      return found;
    }
    for (BytesRef t = e.term(); t != null && found.size() < MAX_VARIANTS; t = e.next()) {
      String s = t.utf8ToString();
      if (!s.startsWith(prefix)) {
        break;
      }
      String surface = s.substring(prefix.length());
      if (!surface.equals(word.toLowerCase(Locale.ROOT))) {
        found.add(surface);
      }
    }
    return found;
  }

  /** Whether every term {@code query} needs occurs in some article. */
  boolean allOccur(Query query) throws IOException {
    Set<Term> terms = new HashSet<>();
    query.visit(QueryVisitor.termCollector(terms));
    for (Term t : terms) {
      if (reader.docFreq(t) == 0) {
        return false;
      }
    }
    return !terms.isEmpty();
  }

  String key(String word) {
    return SpellingKey.of(word);
  }
}
