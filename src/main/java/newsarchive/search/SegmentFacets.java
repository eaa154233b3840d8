package newsarchive.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.FixedBitSet;

/**
 * One segment's facet values read into memory once, both ways round: each article's value ordinals,
 * and each value's articles (a bit set for a common value, a list for a rare one). A few hits are
 * counted article by article; many are counted value by value, intersecting the hits with each
 * value's articles, which costs the same however many hits there are. Counting through the doc
 * values on disk instead decodes an address and checks the mapped memory's bounds at every read,
 * and an article by article count over most of a large segment waits on memory for each article
 * (JFR and a micro-benchmark on a million articles). A segment never changes, so its table lives as
 * long as the segment. Immutable.
 */
final class SegmentFacets {
  /**
   * Relative costs, measured on a million generated articles: reaching one hit's ordinals (a cache
   * miss, mostly), one word of two bit sets intersected, one article of a list looked up in the
   * hits.
   */
  private static final int PER_HIT = 128;

  private static final int PER_WORD = 1;
  private static final int PER_LISTED = 4;

  // Article d's ordinals are at starts[d] up to starts[d + 1], ascending, in narrow when every
  // ordinal fits in a char (half the memory to wait for), else in wide.
  private final int[] starts;
  private final char[] narrow;
  private final int[] wide;
  private final String[] values;
  private final FixedBitSet[] common; // by ordinal: the articles with a common value, else null
  private final int[][] rare; // by ordinal: the articles with a rare value, else null
  private final long[] costBefore; // by ordinal: the cost of counting the values before it

  private SegmentFacets(int maxDoc, int[] starts, int[] ords, String[] values) {
    this.starts = starts;
    this.values = values;
    if (values.length <= Character.MAX_VALUE + 1) {
      this.narrow = new char[ords.length];
      for (int i = 0; i < ords.length; i++) {
        narrow[i] = (char) ords[i];
      }
      this.wide = null;
    } else {
      this.narrow = null;
      this.wide = ords;
    }
    int[] freq = new int[values.length];
    for (int o : ords) {
      freq[o]++;
    }
    this.common = new FixedBitSet[values.length];
    this.rare = new int[values.length][];
    this.costBefore = new long[values.length + 1];
    int words = FixedBitSet.bits2words(maxDoc);
    for (int o = 0; o < values.length; o++) {
      // A bit set when it is the smaller: more than one article in 32 has the value.
      if ((long) freq[o] * 32 > maxDoc) {
        common[o] = new FixedBitSet(maxDoc);
        costBefore[o + 1] = costBefore[o] + (long) words * PER_WORD;
      } else {
        rare[o] = new int[freq[o]];
        costBefore[o + 1] = costBefore[o] + (long) freq[o] * PER_LISTED;
      }
    }
    int[] filled = new int[values.length];
    for (int d = 0; d < maxDoc; d++) {
      for (int i = starts[d]; i < starts[d + 1]; i++) {
        int o = ords[i];
        if (common[o] != null) {
          common[o].set(d);
        } else {
          rare[o][filled[o]++] = d;
        }
      }
    }
  }

  /** Reads the sorted-set doc values {@code field} of {@code reader}. */
  static SegmentFacets read(LeafReader reader, String field) throws IOException {
    int maxDoc = reader.maxDoc();
    if (reader.getFieldInfos().fieldInfo(field) == null) {
      return new SegmentFacets(maxDoc, new int[maxDoc + 1], new int[0], new String[0]);
    }
    SortedSetDocValues dv = DocValues.getSortedSet(reader, field);
    String[] values = new String[Math.toIntExact(dv.getValueCount())];
    for (int o = 0; o < values.length; o++) {
      values[o] = dv.lookupOrd(o).utf8ToString();
    }
    int[] starts = new int[maxDoc + 1];
    int[] ords = new int[Math.max(16, maxDoc * 4)];
    int n = 0;
    int next = 0; // the first article whose start is not set yet
    for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
      while (next <= d) {
        starts[next++] = n;
      }
      int count = dv.docValueCount();
      ords = ArrayUtil.grow(ords, n + count);
      for (int i = 0; i < count; i++) {
        ords[n++] = (int) dv.nextOrd();
      }
    }
    while (next <= maxDoc) {
      starts[next++] = n;
    }
    return new SegmentFacets(maxDoc, starts, ArrayUtil.copyOfSubArray(ords, 0, n), values);
  }

  /** How many distinct values the segment has. */
  int valueCount() {
    return values.length;
  }

  /** The value (a facet path, "dim" and label joined as Lucene does) of ordinal {@code ord}. */
  String value(int ord) {
    return values[ord];
  }

  /**
   * Adds to {@code counts[o]}, for each ordinal o in [lo, hi), how many of {@code hits} have it.
   */
  void count(FixedBitSet hits, int lo, int hi, int[] counts) {
    long byHit = (long) hits.cardinality() * PER_HIT;
    if (byHit <= costBefore[hi] - costBefore[lo]) {
      countByHit(hits, lo, hi, counts);
    } else {
      countByValue(hits, lo, hi, counts);
    }
  }

  private void countByValue(FixedBitSet hits, int lo, int hi, int[] counts) {
    for (int o = lo; o < hi; o++) {
      if (common[o] != null) {
        counts[o] += (int) FixedBitSet.intersectionCount(hits, common[o]);
      } else {
        int n = 0;
        for (int d : rare[o]) {
          if (hits.get(d)) {
            n++;
          }
        }
        counts[o] += n;
      }
    }
  }

  private void countByHit(FixedBitSet hits, int lo, int hi, int[] counts) {
    long[] words = hits.getBits();
    for (int w = 0; w < words.length; w++) {
      long word = words[w];
      while (word != 0) {
        countOne((w << 6) + Long.numberOfTrailingZeros(word), lo, hi, counts);
        word &= word - 1;
      }
    }
  }

  private void countOne(int doc, int lo, int hi, int[] counts) {
    // An article's ordinals ascend, and each dimension's are a run of them.
    int end = starts[doc + 1];
    if (narrow != null) {
      for (int i = starts[doc]; i < end; i++) {
        int o = narrow[i];
        if (o >= hi) {
          return;
        }
        if (o >= lo) {
          counts[o]++;
        }
      }
    } else {
      for (int i = starts[doc]; i < end; i++) {
        int o = wide[i];
        if (o >= hi) {
          return;
        }
        if (o >= lo) {
          counts[o]++;
        }
      }
    }
  }
}
