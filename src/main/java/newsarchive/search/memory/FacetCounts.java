package newsarchive.search.memory;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Counts of facet values over some articles, by the value ids of a {@link FacetTable}. Values come
 * in Lucene's order: the top by count, then by label; all of them by label. Thread-safe (immutable;
 * the count array is never changed once made).
 */
public final class FacetCounts {
  private final FacetTable table;
  private final int[] counts;

  FacetCounts(FacetTable table, int[] counts) {
    this.table = table;
    this.counts = counts;
  }

  /** The {@code n} values of {@code dim} with the highest counts above zero. */
  public List<LabelAndValue> top(String dim, int n) {
    List<Integer> ids = nonZero(dim);
    ids.sort((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : a - b);
    return values(ids.subList(0, Math.min(n, ids.size())));
  }

  /** Every value of {@code dim} with a count above zero, by label. */
  public List<LabelAndValue> all(String dim) {
    return values(nonZero(dim));
  }

  /** The count of {@code label} in {@code dim}; zero for a value no article has. */
  public int count(String dim, String label) {
    int id = table.id(dim, label);
    return id < 0 ? 0 : counts[id];
  }

  private List<Integer> nonZero(String dim) {
    int[] range = table.range(dim);
    List<Integer> ids = new ArrayList<>();
    if (range != null) {
      for (int id = range[0]; id < range[1]; id++) {
        if (counts[id] > 0) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  private List<LabelAndValue> values(List<Integer> ids) {
    List<LabelAndValue> out = new ArrayList<>(ids.size());
    for (int id : ids) {
      out.add(new LabelAndValue(table.label(id), counts[id]));
    }
    return out;
  }
}
