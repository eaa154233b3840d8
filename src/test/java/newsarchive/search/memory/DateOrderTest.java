package newsarchive.search.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import newsarchive.index.Schema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * Hits in date order from the segments' sorted orders are exactly Lucene's sort of the same hits by
 * day (undated last) and id, with the same sort values: newest and oldest first, every article and
 * a part of them, pages of every size, from the start and after a cursor, over several segments
 * with deletions and undated articles, where most days are shared.
 */
class DateOrderTest {
  @Test
  void ordersAsLucenesSortByDateAndId() throws IOException {
    Random random = new Random(5);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      List<String> ids = RandomIdIndex.write(dir, random, true);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        IdOrder idOrder = new IdOrder();
        DateOrder order = new DateOrder(idOrder);
        HitSet every = HitSet.everyArticle(reader);
        assertNull(order.top(reader, every, true, null, 10), "not prepared yet");
        order.prepare(reader);
        Query third = new TermQuery(new Term("part", "third"));
        for (Query q : List.of(MatchAllDocsQuery.INSTANCE, third)) {
          HitSet hits = searcher.search(q, HitSet.collector(reader));
          for (boolean newest : new boolean[] {true, false}) {
            Sort lucene = new Sort(published(newest), idOrder.sortField());
            for (int n : new int[] {1, 10, 100, 2500, 5000}) {
              String what = q + (newest ? " newest " : " oldest ") + n;
              FieldDoc[] actual = order.top(reader, hits, newest, null, n);
              assertNotNull(actual, what);
              ScoreDoc[] expected = top(searcher, q, lucene, n, null);
              assertEquals(docsAndValues(expected), docsAndValues(actual), what);
              FieldDoc last = actual[actual.length - 1];
              FieldDoc after = new FieldDoc(Integer.MAX_VALUE, Float.NaN, last.fields);
              assertEquals(
                  docsAndValues(top(searcher, q, lucene, 50, after)),
                  docsAndValues(order.top(reader, hits, newest, after, 50)),
                  what + ", then after its last");
            }
          }
        }
        HitSet few =
            searcher.search(
                new TermQuery(new Term(Schema.ID, ids.get(1))), HitSet.collector(reader));
        assertNull(order.top(reader, few, true, null, 10), "too few hits to walk");
      }
    }
  }

  /** The searcher's date sort: undated last in either direction. */
  private static SortField published(boolean newestFirst) {
    return new SortField(
        Schema.PUBLISHED,
        SortField.Type.LONG,
        newestFirst,
        newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
  }

  private static ScoreDoc[] top(IndexSearcher searcher, Query q, Sort sort, int n, FieldDoc after)
      throws IOException {
    return searcher.search(q, new TopFieldCollectorManager(sort, n, after, n)).scoreDocs;
  }

  private static List<String> docsAndValues(ScoreDoc[] docs) {
    List<String> out = new ArrayList<>();
    for (ScoreDoc d : docs) {
      Object[] fields = ((FieldDoc) d).fields;
      out.add(d.doc + ":" + fields[0] + ":" + ((BytesRef) fields[1]).utf8ToString());
    }
    return out;
  }
}
