package newsarchive.search.memory;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
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
 * long as the segment. Thread-safe.
 */
final class SegmentFacets {
  /**
   * Relative costs, measured on a segment of 859,122 generated articles with random hits of every
   * density from 0.1% to 70%: reaching one hit's ordinals (35–65 ns while hits are sparse, mostly
   * cache misses even in batches; 25 ns when dense), one word of two bit sets intersected and one
   * article of a list looked up in the hits (about half a nanosecond each). Counting by value wins
   * from about 2% of a segment.
   */
  private static final int PER_HIT = 128;

  private static final int PER_WORD = 1;
  private static final int PER_LISTED = 1;

  /** Hits counted together, so that their memory reads overlap. */
  private static final int BATCH = 64;

  // Written so that the reads that warm a batch's ordinals are not removed as unused: never read.
  @SuppressWarnings("UnusedVariable")
  private static int sink;

  // Article d's ordinals are at starts[d] up to starts[d + 1], ascending, in narrow when every
  // ordinal fits in a char (half the memory to wait for), else in wide.
  private final int maxDoc;
  private final int[] starts;
  private final char[] narrow;
  private final int[] wide;
  private final String[] values;
  private volatile ByValue byValue; // made by prepareByValue(), off the path of the first search

  /** Each value's articles, and what counting them costs. */
  private record ByValue(
      FixedBitSet[] common, // by ordinal: the articles with a common value, else null
      int[][] rare, // by ordinal: the articles with a rare value, else null
      long[] costBefore) {} // by ordinal: the cost of counting the values before it

  private SegmentFacets(int maxDoc, int[] starts, char[] narrow, int[] wide, String[] values) {
    this.maxDoc = maxDoc;
    this.starts = starts;
    this.narrow = narrow;
    this.wide = wide;
    this.values = values;
  }

  /** Reads the sorted-set doc values {@code field} of {@code reader}. */
  static SegmentFacets read(LeafReader reader, String field) throws IOException {
    int maxDoc = reader.maxDoc();
    if (reader.getFieldInfos().fieldInfo(field) == null) {
      return new SegmentFacets(maxDoc, new int[maxDoc + 1], new char[0], null, new String[0]);
    }
    SortedSetDocValues dv = DocValues.getSortedSet(reader, field);
    String[] values = new String[Math.toIntExact(dv.getValueCount())];
    TermsEnum terms = dv.termsEnum();
    for (int o = 0; o < values.length; o++) {
      values[o] = terms.next().utf8ToString();
    }
    boolean fitsChars = values.length <= Character.MAX_VALUE + 1;
    int[] starts = new int[maxDoc + 1];
    char[] narrow = fitsChars ? new char[Math.max(16, maxDoc * 4)] : null;
    int[] wide = fitsChars ? null : new int[Math.max(16, maxDoc * 4)];
    int n = 0;
    int next = 0; // the first article whose start is not set yet
    for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
      while (next <= d) {
        starts[next++] = n;
      }
      int count = dv.docValueCount();
      if (fitsChars) {
        narrow = ArrayUtil.grow(narrow, n + count);
        for (int i = 0; i < count; i++) {
          narrow[n++] = (char) dv.nextOrd();
        }
      } else {
        wide = ArrayUtil.grow(wide, n + count);
        for (int i = 0; i < count; i++) {
          wide[n++] = (int) dv.nextOrd();
        }
      }
    }
    while (next <= maxDoc) {
      starts[next++] = n;
    }
    return new SegmentFacets(
        maxDoc,
        starts,
        fitsChars ? ArrayUtil.copyOfSubArray(narrow, 0, n) : null,
        fitsChars ? null : ArrayUtil.copyOfSubArray(wide, 0, n),
        values);
  }

  /**
   * Makes each value's list of articles, which counting many hits needs: until then they are
   * counted article by article, so a server answers its first search without waiting for it.
   */
  void prepareByValue() {
    if (byValue != null) {
      return;
    }
    synchronized (this) {
      if (byValue == null) {
        byValue = makeByValue();
      }
    }
  }

  private ByValue makeByValue() {
    int[] freq = new int[values.length];
    int ords = starts[maxDoc];
    for (int i = 0; i < ords; i++) {
      freq[ord(i)]++;
    }
    FixedBitSet[] common = new FixedBitSet[values.length];
    int[][] rare = new int[values.length][];
    long[] costBefore = new long[values.length + 1];
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
        int o = ord(i);
        if (common[o] != null) {
          common[o].set(d);
        } else {
          rare[o][filled[o]++] = d;
        }
      }
    }
    return new ByValue(common, rare, costBefore);
  }

  private int ord(int i) {
    return narrow != null ? narrow[i] : wide[i];
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
   * Adds to {@code counts[o]}, for each ordinal o in the ranges {@code ordRanges} (pairs, [lo, hi)
   * each, ascending), how many of {@code hits} have it. Counting hit by hit may also count the
   * ordinals between the ranges, which costs no more.
   */
  void count(FixedBitSet hits, int[] ordRanges, int[] counts) {
    ByValue v = byValue;
    long byHit = (long) hits.cardinality() * PER_HIT;
    long byValues = 0;
    for (int r = 0; v != null && r < ordRanges.length; r += 2) {
      byValues += v.costBefore()[ordRanges[r + 1]] - v.costBefore()[ordRanges[r]];
    }
    if (v == null || byHit <= byValues) {
      countByHit(hits, ordRanges[0], ordRanges[ordRanges.length - 1], counts);
    } else {
      for (int r = 0; r < ordRanges.length; r += 2) {
        countByValue(v, hits, ordRanges[r], ordRanges[r + 1], counts);
      }
    }
  }

  private static void countByValue(ByValue v, FixedBitSet hits, int lo, int hi, int[] counts) {
    for (int o = lo; o < hi; o++) {
      if (v.common()[o] != null) {
        counts[o] += (int) FixedBitSet.intersectionCount(hits, v.common()[o]);
      } else {
        // Without a branch: about as many listed articles are hits as not, which a branch
        // would guess wrong half the time.
        long[] words = hits.getBits();
        int n = 0;
        for (int d : v.rare()[o]) {
          n += (int) ((words[d >> 6] >>> d) & 1L);
        }
        counts[o] += n;
      }
    }
  }

  private void countByHit(FixedBitSet hits, int lo, int hi, int[] counts) {
    long[] words = hits.getBits();
    int[] batch = new int[BATCH];
    int[] from = new int[BATCH];
    int[] to = new int[BATCH];
    int n = 0;
    int touched = 0;
    for (int w = 0; w < words.length; w++) {
      long word = words[w];
      while (word != 0) {
        batch[n++] = (w << 6) + Long.numberOfTrailingZeros(word);
        word &= word - 1;
        if (n == BATCH) {
          touched += countBatch(batch, n, from, to, lo, hi, counts);
          n = 0;
        }
      }
    }
    touched += countBatch(batch, n, from, to, lo, hi, counts);
    sink = touched;
  }

  /**
   * Counts a batch of hits in three passes: where each hit's ordinals start, then the first of
   * them, then the counts. The reads of each of the first two passes do not wait on one another, so
   * the memory serves them together; counting hit by hit waited for each hit's two cache misses in
   * turn (2–3× slower below a tenth of a segment). Returns what the second pass read, to be kept.
   */
  private int countBatch(int[] docs, int n, int[] from, int[] to, int lo, int hi, int[] counts) {
    for (int i = 0; i < n; i++) {
      from[i] = starts[docs[i]];
      to[i] = starts[docs[i] + 1];
    }
    int touched = 0;
    for (int i = 0; i < n; i++) {
      if (from[i] < to[i]) {
        touched += ord(from[i]);
      }
    }
    for (int i = 0; i < n; i++) {
      countOne(from[i], to[i], lo, hi, counts);
    }
    return touched;
  }

  private void countOne(int from, int to, int lo, int hi, int[] counts) {
    // An article's ordinals ascend, and each dimension's are a run of them.
    for (int i = from; i < to; i++) {
      int o = ord(i);
      if (o >= hi) {
        return;
      }
      if (o >= lo) {
        counts[o]++;
      }
    }
  }
}
