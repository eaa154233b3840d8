package newsarchive.search;

import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * A user's query ready to run: the Lucene query, the query whose terms the highlighter marks (it
 * adds the aliases the search was widened to), what was widened, how the text was read when not as
 * written (null when it was), the plain words searched (for suggestions), and whether the query
 * only browses (no words to rank by: empty, or exclusions only). Immutable.
 */
record ParsedQuery(
    Query query,
    Query highlight,
    List<Widening> widened,
    String interpreted,
    List<QueryReader.Word> words,
    boolean browsing) {
  ParsedQuery {
    widened = List.copyOf(widened);
    words = List.copyOf(words);
  }

  static ParsedQuery everything(String interpreted) {
    return new ParsedQuery(
        MatchAllDocsQuery.INSTANCE,
        MatchAllDocsQuery.INSTANCE,
        List.of(),
        interpreted,
        List.of(),
        true);
  }
}
