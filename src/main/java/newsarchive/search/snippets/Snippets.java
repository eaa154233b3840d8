package newsarchive.search.snippets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsarchive.index.Analyzers;
import newsarchive.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted passages of article bodies, up to three per hit, found by analysing the stored bodies
 * of the hits shown (the index keeps no offsets, see {@link Schema#BODY}). An article that matched
 * only by title or tag gets its opening sentence. Thread-safe.
 */
public final class Snippets {
  static final int PER_HIT = 3;
  private static final int MAX_ANALYSED_CHARS = 500_000;
  private final SnippetFormatter formatter = new SnippetFormatter();
  // The index-time analyzer, so the words found are the words indexed; one instance serves every
  // request and keeps its reusable token streams.
  private final Analyzer analyzer = Analyzers.text();

  public List<List<Snippet>> forDocs(IndexSearcher searcher, Query query, ScoreDoc[] docs)
      throws IOException {
    List<List<Snippet>> out = new ArrayList<>(docs.length);
    if (docs.length == 0) {
      return out;
    }
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
    }
    Highlighter h = new Highlighter(searcher, analyzer, formatter);
    Object[] formatted = h.objects(query, ids).get(Schema.BODY);
    for (int i = 0; i < docs.length; i++) {
      @SuppressWarnings("unchecked")
      List<Snippet> s =
          formatted == null || formatted[i] == null ? List.of() : (List<Snippet>) formatted[i];
      out.add(s.size() > PER_HIT ? s.subList(0, PER_HIT) : s);
    }
    return out;
  }

  /** Exposes the highlighter's per-document objects, which carry our Snippet records. */
  private static final class Highlighter extends UnifiedHighlighter {
    Highlighter(IndexSearcher searcher, Analyzer analyzer, SnippetFormatter formatter) {
      super(
          UnifiedHighlighter.builder(searcher, analyzer)
              .withFormatter(formatter)
              .withScorer(new SnippetScorer())
              .withMaxLength(MAX_ANALYSED_CHARS)
              .withMaxNoHighlightPassages(1)
              .withBreakIterator(SentenceBreaks::new));
    }

    Map<String, Object[]> objects(Query query, int[] docIds) throws IOException {
      return highlightFieldsAsObjects(
          new String[] {Schema.BODY}, query, docIds, new int[] {PER_HIT});
    }
  }
}
