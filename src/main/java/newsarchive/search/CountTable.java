package newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Facet counts held as plain numbers, label by label: unlike Lucene's own counts, which look labels
 * up through the index's doc values as they are asked, a table can be shared by every request at
 * once. Values come in the order Lucene's counts give: by count, then by label. Immutable and
 * thread-safe.
 */
final class CountTable extends Facets {
  /** Lucene's order of labels: by UTF-8 bytes, which is by code point. */
  private static final Comparator<String> LABEL_ORDER = CountTable::compareCodePoints;

  private static final Comparator<LabelAndValue> TOP_ORDER =
      Comparator.comparingInt((LabelAndValue lv) -> -lv.value.intValue())
          .thenComparing(lv -> lv.label, LABEL_ORDER);

  private final Map<String, Map<String, Integer>> byDim;
  // Each dimension's values in TOP_ORDER, sorted once: the shared table answers every request.
  private final Map<String, List<LabelAndValue>> top;

  private CountTable(Map<String, Map<String, Integer>> byDim) {
    this.byDim = byDim;
    Map<String, List<LabelAndValue>> sorted = new HashMap<>();
    byDim.forEach(
        (dim, counts) -> {
          List<LabelAndValue> values = new ArrayList<>(counts.size());
          counts.forEach((label, n) -> values.add(new LabelAndValue(label, n)));
          values.sort(TOP_ORDER);
          sorted.put(dim, List.copyOf(values));
        });
    this.top = Map.copyOf(sorted);
  }

  /** Every count of {@code dims} in {@code counts}. */
  static CountTable of(Facets counts, Iterable<String> dims) throws IOException {
    Map<String, Map<String, Integer>> byDim = new HashMap<>();
    for (String dim : dims) {
      byDim.put(dim, Map.copyOf(values(counts, dim)));
    }
    return new CountTable(Map.copyOf(byDim));
  }

  /**
   * These counts less {@code part}'s, for counts of a set of articles {@code part} is a part of.
   */
  CountTable minus(Facets part) throws IOException {
    Map<String, Map<String, Integer>> byDim = new HashMap<>();
    for (Map.Entry<String, Map<String, Integer>> dim : this.byDim.entrySet()) {
      Map<String, Integer> counts = new HashMap<>(dim.getValue());
      values(part, dim.getKey()).forEach((label, n) -> counts.merge(label, -n, Integer::sum));
      counts.values().removeIf(n -> n <= 0);
      byDim.put(dim.getKey(), Map.copyOf(counts));
    }
    return new CountTable(Map.copyOf(byDim));
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) {
    List<LabelAndValue> values = top.getOrDefault(dim, List.of());
    return result(dim, values.subList(0, Math.min(topN, values.size())), values.size());
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) {
    List<LabelAndValue> values = new ArrayList<>(top.getOrDefault(dim, List.of()));
    values.sort(Comparator.comparing(lv -> lv.label, LABEL_ORDER));
    return result(dim, values, values.size());
  }

  @Override
  public Number getSpecificValue(String dim, String... path) {
    if (path.length != 1) {
      throw new IllegalArgumentException("the archive's facets are one level deep");
    }
    return byDim.getOrDefault(dim, Map.of()).getOrDefault(path[0], 0);
  }

  @Override
  public List<FacetResult> getAllDims(int topN) {
    throw new UnsupportedOperationException("the archive asks for its dimensions by name");
  }

  private static Map<String, Integer> values(Facets counts, String dim) throws IOException {
    Map<String, Integer> values = new HashMap<>();
    FacetResult r = counts.getAllChildren(dim);
    if (r != null) {
      for (LabelAndValue lv : r.labelValues) {
        values.put(lv.label, lv.value.intValue());
      }
    }
    return values;
  }

  private static FacetResult result(String dim, List<LabelAndValue> values, int childCount) {
    return new FacetResult(
        dim, new String[0], -1, values.toArray(new LabelAndValue[0]), childCount);
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
