package newsarchive.search.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import newsarchive.index.Schema;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IntroSorter;

/**
 * Hits in date order from memory: each segment's articles sorted once by publication day (newest or
 * oldest first, undated last in both) and then by id, the order of the searcher's date sorts, and a
 * page found by merging the segments' orders, keeping the articles of the hit set. Lucene's sort
 * instead passes every hit through a queue of the hits kept: page 200 of everything (2,001 kept)
 * spent half its time there, and took three times its one-client time under four clients. The
 * orders are made off the search path ({@link #prepare}); until then, and for hit sets too sparse
 * to walk, {@link #top} answers null and the searcher asks Lucene. Thread-safe.
 */
public final class DateOrder {
  /** A hit set sparser than one article in this many is quicker to sort through Lucene. */
  private static final int SPARSEST = 64;

  private final IdOrder ids;
  private final Map<Object, Segment> bySegment = new ConcurrentHashMap<>();

  /** An undated article's day: the missing value of the newest-first sort, so last there too. */
  private static final long UNDATED = Long.MIN_VALUE;

  /** One segment's days (or {@link #UNDATED}) and ids, by segment doc, and its two orders. */
  private record Segment(long[] days, long[] ids, int[] newest, int[] oldest) {}

  public DateOrder(IdOrder ids) {
    this.ids = ids;
  }

  /** Sorts every segment of {@code reader} not sorted yet, and forgets those merged away. */
  public void prepare(IndexReader reader) {
    Set<Object> live = new HashSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Object key = IdOrder.key(leaf.reader());
      live.add(key);
      bySegment.computeIfAbsent(key, k -> sort(leaf.reader()));
    }
    bySegment.keySet().retainAll(live);
  }

  /**
   * The first {@code n} of {@code hits} in date order after {@code after} (or from the first), with
   * the sort values the searcher's own sort gives (the day, or its missing value; the id), or null
   * when this order cannot answer: not prepared for every segment, or too few hits.
   */
  public FieldDoc[] top(
      IndexReader reader, HitSet hits, boolean newestFirst, FieldDoc after, int n) {
    if (hits.count() * SPARSEST < reader.maxDoc()) {
      return null;
    }
    List<Head> started = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Segment s = bySegment.get(IdOrder.key(leaf.reader()));
      if (s == null) {
        return null;
      }
      FixedBitSet bits = hits.leaf(leaf.ord);
      if (bits != null) {
        Head head = new Head(leaf, s, newestFirst ? s.newest() : s.oldest(), bits, newestFirst);
        head.start(after);
        if (head.advanceToHit()) {
          started.add(head);
        }
      }
    }
    PriorityQueue<Head> heads = new PriorityQueue<>(Math.max(1, started.size()), Head::compare);
    heads.addAll(started);
    List<FieldDoc> out = new ArrayList<>(Math.min(n, 1024));
    while (out.size() < n && !heads.isEmpty()) {
      Head head = heads.poll();
      out.add(head.fieldDoc());
      head.position++;
      if (head.advanceToHit()) {
        heads.add(head);
      }
    }
    return out.toArray(FieldDoc[]::new);
  }

  /** One segment's place in the merge. */
  private static final class Head {
    final LeafReaderContext leaf;
    final Segment segment;
    final int[] order;
    final FixedBitSet hits;
    final boolean newestFirst;
    int position;

    Head(
        LeafReaderContext leaf,
        Segment segment,
        int[] order,
        FixedBitSet hits,
        boolean newestFirst) {
      this.leaf = leaf;
      this.segment = segment;
      this.order = order;
      this.hits = hits;
      this.newestFirst = newestFirst;
    }

    /** Moves to the first article that comes after {@code after} in the order. */
    void start(FieldDoc after) {
      if (after == null) {
        return;
      }
      long value = (Long) after.fields[0];
      long id = IdOrder.number((BytesRef) after.fields[1]);
      int lo = 0;
      int hi = order.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        int doc = order[mid];
        if (compareKeys(value(doc), segment.ids()[doc], value, id) <= 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      position = lo;
    }

    /** Skips to the next article that is a hit; false when none is left. */
    boolean advanceToHit() {
      while (position < order.length && !hits.get(order[position])) {
        position++;
      }
      return position < order.length;
    }

    /** The sort value: the day, or the sort's missing value (last either way). */
    long value(int doc) {
      long day = segment.days()[doc];
      return day == UNDATED && !newestFirst ? Long.MAX_VALUE : day;
    }

    int compareKeys(long valueA, long idA, long valueB, long idB) {
      int byValue = newestFirst ? Long.compare(valueB, valueA) : Long.compare(valueA, valueB);
      return byValue != 0 ? byValue : Long.compareUnsigned(idA, idB);
    }

    int compare(Head other) {
      int a = order[position];
      int b = other.order[other.position];
      return compareKeys(value(a), segment.ids()[a], other.value(b), other.segment.ids()[b]);
    }

    FieldDoc fieldDoc() {
      int doc = order[position];
      return new FieldDoc(
          leaf.docBase + doc, Float.NaN, new Object[] {value(doc), IdOrder.id(segment.ids()[doc])});
    }
  }

  private Segment sort(LeafReader reader) {
    long[] days = new long[reader.maxDoc()];
    Arrays.fill(days, UNDATED);
    try {
      NumericDocValues published = DocValues.getNumeric(reader, Schema.PUBLISHED);
      for (int d = published.nextDoc();
          d != NumericDocValues.NO_MORE_DOCS;
          d = published.nextDoc()) {
        days[d] = published.longValue();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long[] idOf = ids.of(reader);
    int[] newest = newestFirst(days, idOf);
    return new Segment(days, idOf, newest, oldestFirst(newest, days));
  }

  /** The segment's docs newest first, undated last, each day's by id. */
  private static int[] newestFirst(long[] days, long[] idOf) {
    int[] docs = new int[days.length];
    for (int d = 0; d < docs.length; d++) {
      docs[d] = d;
    }
    new IntroSorter() {
      private int pivot;

      @Override
      protected void swap(int i, int j) {
        int t = docs[i];
        docs[i] = docs[j];
        docs[j] = t;
      }

      @Override
      protected void setPivot(int i) {
        pivot = docs[i];
      }

      @Override
      protected int comparePivot(int j) {
        return compareDocs(pivot, docs[j]);
      }

      @Override
      protected int compare(int i, int j) {
        return compareDocs(docs[i], docs[j]);
      }

      private int compareDocs(int a, int b) {
        int byDay = Long.compare(days[b], days[a]); // UNDATED is the smallest: last
        return byDay != 0 ? byDay : Long.compareUnsigned(idOf[a], idOf[b]);
      }
    }.sort(0, docs.length);
    return docs;
  }

  /**
   * Oldest first from newest first without sorting again: the same runs of one day in reverse
   * order, each still by id, and the undated still last.
   */
  private static int[] oldestFirst(int[] newest, long[] days) {
    int dated = 0;
    while (dated < newest.length && days[newest[dated]] != UNDATED) {
      dated++;
    }
    int[] oldest = new int[newest.length];
    int out = 0;
    for (int end = dated; end > 0; ) {
      int start = end - 1;
      while (start > 0 && days[newest[start - 1]] == days[newest[end - 1]]) {
        start--;
      }
      System.arraycopy(newest, start, oldest, out, end - start);
      out += end - start;
      end = start;
    }
    System.arraycopy(newest, dated, oldest, out, newest.length - dated);
    return oldest;
  }
}
