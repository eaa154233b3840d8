package newsarchive.search.memory;

import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The articles a search matched, as one bit set per segment and without scores: what facet counts
 * and the exact total are made of. Setting a bit is all a hit costs here, and whole ranges of hits
 * (browsing everything) are set a word at a time. Immutable once collected.
 */
public final class HitSet {
  private final FixedBitSet[] byLeaf;
  private final long count;

  private HitSet(FixedBitSet[] byLeaf) {
    this.byLeaf = byLeaf;
    long n = 0;
    for (FixedBitSet bits : byLeaf) {
      n += bits == null ? 0 : bits.cardinality();
    }
    this.count = n;
  }

  /** Collects the hits of a search over {@code reader}; one collector for each slice searched. */
  public static CollectorManager<Collecting, HitSet> collector(IndexReader reader) {
    int leaves = reader.leaves().size();
    return new CollectorManager<>() {
      @Override
      public Collecting newCollector() {
        return new Collecting(leaves);
      }

      @Override
      public HitSet reduce(Collection<Collecting> collectors) {
        FixedBitSet[] all = new FixedBitSet[leaves];
        for (Collecting c : collectors) {
          for (int i = 0; i < leaves; i++) {
            if (c.byLeaf[i] != null) {
              all[i] = c.byLeaf[i];
            }
          }
        }
        return new HitSet(all);
      }
    };
  }

  /** Every live article of {@code reader}, without searching. */
  public static HitSet everyArticle(IndexReader reader) {
    List<LeafReaderContext> leaves = reader.leaves();
    FixedBitSet[] all = new FixedBitSet[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      all[leaf.ord] = live(leaf.reader());
    }
    return new HitSet(all);
  }

  /** The articles in every one of {@code sets} (at least one, all of the same reader). */
  public static HitSet and(List<HitSet> sets) {
    if (sets.size() == 1) {
      return sets.get(0);
    }
    FixedBitSet[] both = new FixedBitSet[sets.get(0).byLeaf.length];
    for (int i = 0; i < both.length; i++) {
      FixedBitSet bits = null;
      for (HitSet set : sets) {
        FixedBitSet b = set.byLeaf[i];
        if (b == null) {
          bits = null;
          break;
        }
        if (bits == null) {
          bits = b.clone();
        } else {
          bits.and(b);
        }
      }
      both[i] = bits;
    }
    return new HitSet(both);
  }

  /**
   * The live articles of a segment; a set that must never be changed, as it may be the reader's.
   */
  static FixedBitSet live(LeafReader reader) {
    Bits live = reader.getLiveDocs();
    if (live == null) {
      FixedBitSet all = new FixedBitSet(reader.maxDoc());
      all.set(0, reader.maxDoc());
      return all;
    }
    return live instanceof FixedBitSet bits ? bits : FixedBitSet.copyOf(live);
  }

  /** How many articles matched. */
  public long count() {
    return count;
  }

  /** The hits in the segment with this ordinal, or null if the search found none there. */
  FixedBitSet leaf(int ord) {
    return byLeaf[ord];
  }

  /** Sets a bit for each hit of the segments its slice covers. */
  static final class Collecting implements Collector {
    private final FixedBitSet[] byLeaf;

    private Collecting(int leaves) {
      this.byLeaf = new FixedBitSet[leaves];
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      FixedBitSet bits = new FixedBitSet(context.reader().maxDoc());
      byLeaf[context.ord] = bits;
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {
          // no scores
        }

        @Override
        public void collect(int doc) {
          bits.set(doc);
        }

        @Override
        public void collectRange(int min, int max) {
          bits.set(min, max);
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
