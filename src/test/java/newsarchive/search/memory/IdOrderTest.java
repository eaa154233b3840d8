package newsarchive.search.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import newsarchive.index.Schema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * Ties broken by ids read as numbers give exactly the order of Lucene's string sort on the ids:
 * pages of every size, from the start and after a cursor, over several segments with deletions,
 * where most hits share their date with others.
 */
class IdOrderTest {
  @Test
  void ordersAsTheStringSortOfIdsDoes() throws IOException {
    Random random = new Random(11);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      RandomIdIndex.write(dir, random, false);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        IdOrder order = new IdOrder();
        SortField published = new SortField(Schema.PUBLISHED, SortField.Type.LONG, true);
        Sort lucene = new Sort(published, new SortField(Schema.ID, SortField.Type.STRING));
        Sort ours = new Sort(published, order.sortField());
        for (int n : new int[] {1, 10, 100, 2500, 5000}) {
          TopFieldDocs expected = top(searcher, lucene, n, null);
          TopFieldDocs actual = top(searcher, ours, n, null);
          assertEquals(docs(expected), docs(actual), "first " + n);
          FieldDoc last = (FieldDoc) actual.scoreDocs[actual.scoreDocs.length - 1];
          FieldDoc after = new FieldDoc(Integer.MAX_VALUE, Float.NaN, last.fields);
          assertEquals(
              docs(top(searcher, lucene, 50, after)),
              docs(top(searcher, ours, 50, after)),
              "after the first " + n);
        }
      }
    }
  }

  @Test
  void idsAndNumbersRoundTripAndAnythingElseIsRefused() {
    for (String id : List.of("0000000000000000", "00ff00ff00ff00ff", "ffffffffffffffff")) {
      assertEquals(id, IdOrder.id(IdOrder.number(new BytesRef(id))).utf8ToString());
    }
    assertThrows(IllegalStateException.class, () -> IdOrder.number(new BytesRef("not-an-id")));
    assertThrows(
        IllegalStateException.class, () -> IdOrder.number(new BytesRef("00ff00ff00ff00fg")));
  }

  private static TopFieldDocs top(IndexSearcher searcher, Sort sort, int n, FieldDoc after)
      throws IOException {
    return searcher.search(
        MatchAllDocsQuery.INSTANCE, new TopFieldCollectorManager(sort, n, after, n));
  }

  private static List<Integer> docs(TopFieldDocs top) {
    List<Integer> out = new ArrayList<>();
    for (ScoreDoc d : top.scoreDocs) {
      out.add(d.doc);
    }
    return out;
  }
}
