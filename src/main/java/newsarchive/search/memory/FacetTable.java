package newsarchive.search.memory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.FixedBitSet;

/**
 * The facet values of every article of one reader, held in memory ({@link SegmentFacets}, reused
 * from the reader before for the segments they share), numbered across segments, and the counts
 * over every article, made once when first needed. Counts a {@link HitSet} in every dimension or in
 * one. Thread-safe.
 */
public final class FacetTable {
  /** Lucene's order of facet labels: by UTF-8 bytes, which is by code point. */
  private static final Comparator<String> LABEL_ORDER = FacetTable::compareCodePoints;

  private final List<LeafReaderContext> leaves;
  private final Object[] keys;
  private final SegmentFacets[] segments;
  private final int[][] toId; // by leaf: segment ordinal → value id
  private final String[] labels; // by value id
  private final Map<String, int[]> ranges; // dim → value ids [from, to), in label order
  private final Map<String, Integer> ids; // path → value id
  private final int numDocs;
  private volatile int[] everyArticle; // counted when first needed

  private FacetTable(IndexReader reader, Object[] keys, SegmentFacets[] segments) {
    this.leaves = reader.leaves();
    this.keys = keys;
    this.segments = segments;
    this.numDocs = reader.numDocs();
    Map<String, String[]> paths = new HashMap<>();
    for (SegmentFacets s : segments) {
      for (int o = 0; o < s.valueCount(); o++) {
        paths.computeIfAbsent(s.value(o), FacetsConfig::stringToPath);
      }
    }
    List<String> byLabel = new ArrayList<>(paths.keySet());
    Comparator<String> dimThenLabel =
        Comparator.comparing((String p) -> paths.get(p)[0], LABEL_ORDER)
            .thenComparing(p -> label(paths.get(p)), LABEL_ORDER);
    byLabel.sort(dimThenLabel);
    this.labels = new String[byLabel.size()];
    this.ids = new HashMap<>();
    this.ranges = new HashMap<>();
    for (int id = 0; id < byLabel.size(); id++) {
      String[] path = paths.get(byLabel.get(id));
      int[] range = ranges.computeIfAbsent(path[0], d -> new int[] {-1, -1});
      if (range[0] < 0) {
        range[0] = id;
      }
      range[1] = id + 1;
      labels[id] = label(path);
      ids.put(byLabel.get(id), id);
    }
    this.toId = new int[segments.length][];
    for (int i = 0; i < segments.length; i++) {
      toId[i] = new int[segments[i].valueCount()];
      for (int o = 0; o < toId[i].length; o++) {
        toId[i][o] = ids.get(segments[i].value(o));
      }
    }
  }

  /**
   * The table of {@code reader}'s facet values in the doc-values field {@code field}, reading only
   * the segments {@code previous} (the table of an earlier reader, or null) does not have.
   */
  public static FacetTable of(IndexReader reader, String field, FacetTable previous)
      throws IOException {
    Map<Object, SegmentFacets> known = new IdentityHashMap<>();
    if (previous != null) {
      for (int i = 0; i < previous.keys.length; i++) {
        known.put(previous.keys[i], previous.segments[i]);
      }
    }
    List<LeafReaderContext> leaves = reader.leaves();
    Object[] keys = new Object[leaves.size()];
    SegmentFacets[] segments = new SegmentFacets[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      LeafReader r = leaf.reader();
      Object key = IdOrder.key(r);
      SegmentFacets s = known.get(key);
      keys[leaf.ord] = key;
      segments[leaf.ord] = s != null ? s : SegmentFacets.read(r, field);
    }
    return new FacetTable(reader, keys, segments);
  }

  /** Makes every segment's lists of articles by value, which counting many hits needs. */
  public void prepareByValue() {
    for (SegmentFacets s : segments) {
      s.prepareByValue();
    }
  }

  /** Counts of {@code hits} in dimension {@code dim} only; the others are left at zero. */
  public FacetCounts count(HitSet hits, String dim) {
    return count(hits, List.of(dim));
  }

  /** Counts of {@code hits} in the dimensions {@code dims} only; the others are left at zero. */
  public FacetCounts count(HitSet hits, Collection<String> dims) {
    int[][] named =
        dims.stream()
            .map(ranges::get)
            .filter(Objects::nonNull)
            .distinct()
            .sorted(Comparator.comparingInt((int[] range) -> range[0]))
            .toArray(int[][]::new);
    int[] idRanges = new int[2 * named.length];
    for (int i = 0; i < named.length; i++) {
      idRanges[2 * i] = named[i][0];
      idRanges[2 * i + 1] = named[i][1];
    }
    return count(hits, idRanges);
  }

  /** {@code idRanges}: pairs of value ids, [from, to) each, ascending. */
  private FacetCounts count(HitSet hits, int[] idRanges) {
    int[] counts = new int[labels.length];
    if (hits.count() == numDocs) { // browsing everything, or one selection's siblings
      int[] every = countsOfEveryArticle();
      for (int r = 0; r < idRanges.length; r += 2) {
        System.arraycopy(every, idRanges[r], counts, idRanges[r], idRanges[r + 1] - idRanges[r]);
      }
      return new FacetCounts(this, counts);
    }
    countEach(hits::leaf, idRanges, counts);
    return new FacetCounts(this, counts);
  }

  /** The value ids of dimension {@code dim}, [from, to), or null if no article has one. */
  int[] range(String dim) {
    return ranges.get(dim);
  }

  String label(int id) {
    return labels[id];
  }

  /** The id of {@code label} in {@code dim}, or -1 if no article has it. */
  int id(String dim, String label) {
    Integer id = ids.get(FacetsConfig.pathToString(dim, new String[] {label}));
    return id == null ? -1 : id;
  }

  private interface LeafDocs {
    FixedBitSet of(int leaf);
  }

  /** Adds to {@code counts} the counts of {@code docs} in the values of {@code idRanges}. */
  private void countEach(LeafDocs docs, int[] idRanges, int[] counts) {
    for (int i = 0; i < segments.length; i++) {
      SegmentFacets segment = segments[i];
      FixedBitSet bits = segment.valueCount() == 0 ? null : docs.of(i);
      if (bits == null) {
        continue;
      }
      // A segment's ordinals are in the order of the ids, so each id range is a run of them.
      int[] idOf = toId[i];
      int[] ordRanges = new int[idRanges.length];
      int n = 0;
      for (int r = 0; r < idRanges.length; r += 2) {
        int lo = idOf.length;
        int hi = 0;
        for (int o = 0; o < idOf.length; o++) {
          if (idOf[o] >= idRanges[r] && idOf[o] < idRanges[r + 1]) {
            lo = Math.min(lo, o);
            hi = o + 1;
          }
        }
        if (lo < hi) {
          ordRanges[n++] = lo;
          ordRanges[n++] = hi;
        }
      }
      if (n == 0) {
        continue;
      }
      ordRanges = Arrays.copyOf(ordRanges, n);
      int[] bySegmentOrd = new int[segment.valueCount()];
      segment.count(bits, ordRanges, bySegmentOrd);
      for (int r = 0; r < n; r += 2) {
        for (int o = ordRanges[r]; o < ordRanges[r + 1]; o++) {
          counts[idOf[o]] += bySegmentOrd[o];
        }
      }
    }
  }

  private int[] countsOfEveryArticle() {
    int[] counts = everyArticle;
    if (counts == null) {
      counts = new int[labels.length];
      countEach(this::live, new int[] {0, labels.length}, counts); // two may count: no harm
      everyArticle = counts;
    }
    return counts;
  }

  private FixedBitSet live(int leaf) {
    return HitSet.live(leaves.get(leaf).reader());
  }

  private static String label(String[] path) {
    return path.length > 1 ? path[1] : "";
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
