package newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Facet counts of hits that are most of the archive, found as the counts of every article minus the
 * counts of the articles the hits leave out. The two sets are disjoint and together are every
 * article, so the difference is exact; counting the smaller set is the cheaper. Stateless.
 */
final class ComplementCounts {
  private ComplementCounts() {}

  /** Whether counting the articles {@code hits} leave out is less work than counting the hits. */
  static boolean worthIt(long hits, IndexReader reader) {
    return hits > reader.numDocs() / 2;
  }

  /** Counts of {@code hits}, from {@code all} (the counts of every article of {@code reader}). */
  static CountTable of(
      CountTable all, SortedSetDocValuesReaderState state, FacetsCollector hits, IndexReader reader)
      throws IOException {
    Map<Integer, FacetsCollector.MatchingDocs> byLeaf = new HashMap<>();
    for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
      byLeaf.put(m.context().ord, m);
    }
    List<FacetsCollector.MatchingDocs> leftOut = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      FixedBitSet docs = live(leaf.reader());
      FacetsCollector.MatchingDocs matched = byLeaf.get(leaf.ord);
      DocIdSetIterator it = matched == null ? null : matched.bits().iterator();
      if (it != null) {
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
          docs.clear(d);
        }
      }
      int n = docs.cardinality();
      leftOut.add(new FacetsCollector.MatchingDocs(leaf, new BitDocIdSet(docs, n), n, null));
    }
    return all.minus(new SortedSetDocValuesFacetCounts(state, new Fixed(leftOut)));
  }

  private static FixedBitSet live(LeafReader r) {
    Bits live = r.getLiveDocs();
    if (live instanceof FixedBitSet bits) {
      return bits.clone();
    }
    FixedBitSet docs = new FixedBitSet(r.maxDoc());
    if (live == null) {
      docs.set(0, r.maxDoc());
    } else {
      for (int d = 0; d < r.maxDoc(); d++) {
        if (live.get(d)) {
          docs.set(d);
        }
      }
    }
    return docs;
  }

  /** A collector's worth of matching documents that were found without collecting. */
  private static final class Fixed extends FacetsCollector {
    private final List<MatchingDocs> docs;

    Fixed(List<MatchingDocs> docs) {
      this.docs = List.copyOf(docs);
    }

    @Override
    public List<MatchingDocs> getMatchingDocs() {
      return docs;
    }
  }
}
