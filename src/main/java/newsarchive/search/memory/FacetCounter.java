package newsarchive.search.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsarchive.index.Schema;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Counts the facet values of a search's hits and of its sideways hits: each selected dimension is
 * counted over the hits of every other selection but its own, so a selected value never hides its
 * siblings; the month dimension shares the date range's sideways hits, as the timeline does. Counts
 * only what a response asks for, once. Not thread-safe; one per search.
 */
public final class FacetCounter {
  private final FacetTable table;
  private final HitSet hits;
  private final Map<String, HitSet> sideways;
  private final List<String> dims;
  private FacetCounts ofHits;
  private final Map<String, FacetCounts> ofSideways = new HashMap<>();

  /**
   * {@code sideways}: for each selected dimension, the hits of every selection but its own; {@code
   * dims}: the dimensions the response shows, the only ones counted.
   */
  public FacetCounter(
      FacetTable table, HitSet hits, Map<String, HitSet> sideways, List<String> dims) {
    this.table = table;
    this.hits = hits;
    this.sideways = sideways;
    this.dims = dims;
  }

  /** Every article the search found. */
  public HitSet hits() {
    return hits;
  }

  /** How many articles the search found. */
  public long total() {
    return hits.count();
  }

  /** The counts that apply to {@code dim}. */
  FacetCounts countsFor(String dim) {
    String sidewaysDim = dim.equals(Schema.MONTH) ? Schema.YEAR : dim;
    HitSet beside = sideways.get(sidewaysDim);
    if (beside != null) {
      return ofSideways.computeIfAbsent(dim, d -> table.count(beside, d));
    }
    if (ofHits == null) {
      ofHits = table.count(hits, dims);
    }
    return ofHits;
  }

  /** The top values of {@code dim}, with every selected value included even if not top. */
  public List<LabelAndValue> top(String dim, int n, List<String> selected) {
    FacetCounts counts = countsFor(dim);
    List<LabelAndValue> values = new ArrayList<>(counts.top(dim, n));
    Set<String> present = new HashSet<>();
    values.forEach(v -> present.add(v.label));
    for (String s : selected) {
      if (present.add(s)) {
        values.add(new LabelAndValue(s, counts.count(dim, s)));
      }
    }
    return values;
  }

  /** Every value of {@code dim} with a count above zero. */
  public List<LabelAndValue> all(String dim) {
    return countsFor(dim).all(dim);
  }
}
