package newsarchive.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * A user's query ready to run: the Lucene query, the query whose terms the highlighter marks (it
 * adds the spellings the search was widened to), and what was widened. Immutable.
 */
record ParsedQuery(Query query, Query highlight, List<Widening> widened) {
  ParsedQuery {
    widened = List.copyOf(widened);
  }
}
