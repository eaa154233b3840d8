package newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import newsarchive.index.ArticleSummary;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The hits of a search that came into the index after a mark, by their {@link Schema#INDEXED} time:
 * how many, and which in the order they came. The marks come from the index's commits ({@link
 * #mark()}): every article indexed before the mark of the commit being read is in it, so a saved
 * search that moves from mark to mark sees each new article once, however an ingest's threads
 * interleave. Thread-safe.
 */
public final class Arrivals {
  private final IndexView view;
  private final Searcher searcher;
  private final StoredArticle stored;

  public Arrivals(IndexView view, Searcher searcher, StoredArticle stored) {
    this.view = view;
    this.searcher = searcher;
    this.stored = stored;
  }

  /**
   * The indexed mark of the commit read now: every article indexed before it can be searched. 0 for
   * an index written before articles had indexed times.
   */
  public long mark() throws IOException {
    try (IndexView.Snapshot snap = view.acquire()) {
      IndexReader reader = snap.searcher.getIndexReader();
      if (reader instanceof DirectoryReader directory) {
        String mark = directory.getIndexCommit().getUserData().get(Schema.INDEXED_MARK);
        return mark == null ? 0 : Long.parseLong(mark);
      }
      return 0;
    }
  }

  /** How many hits of {@code request} were indexed at {@code since} or later. */
  public long countSince(SearchRequest request, long since) throws IOException {
    try (IndexView.Snapshot snap = view.acquire()) {
      return snap.searcher.count(within(snap.searcher, request, since, Long.MAX_VALUE));
    }
  }

  /**
   * The first {@code limit} hits of {@code request} indexed at {@code since} or later and before
   * {@code until}, in the order they were indexed.
   */
  public List<Arrival> between(SearchRequest request, long since, long until, int limit)
      throws IOException {
    if (until <= since) {
      return List.of();
    }
    try (IndexView.Snapshot snap = view.acquire()) {
      IndexSearcher s = snap.searcher;
      Sort byIndexed = new Sort(new SortField(Schema.INDEXED, SortField.Type.LONG));
      ScoreDoc[] top = s.search(within(s, request, since, until - 1), limit, byIndexed).scoreDocs;
      HitSummaries summaries = new HitSummaries(s, stored);
      List<Arrival> out = new ArrayList<>(top.length);
      for (ScoreDoc d : top) {
        HitSummaries.IdAndSummary hit = summaries.read(d.doc);
        ArticleSummary a = hit.summary();
        out.add(
            new Arrival(
                hit.id(),
                a.title(),
                a.url(),
                a.site(),
                a.published() == null ? null : a.published().toString(),
                (Long) ((FieldDoc) d).fields[0]));
      }
      return out;
    }
  }

  /** The hits of {@code request} indexed from {@code lowest} to {@code highest}, both included. */
  private Query within(IndexSearcher s, SearchRequest request, long lowest, long highest) {
    return new BooleanQuery.Builder()
        .add(searcher.matching(s.getIndexReader(), request), Occur.FILTER)
        .add(LongPoint.newRangeQuery(Schema.INDEXED, lowest, highest), Occur.FILTER)
        .build();
  }
}
