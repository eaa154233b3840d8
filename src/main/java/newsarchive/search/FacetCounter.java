package newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsarchive.index.Schema;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * Counts facet values after a drill-sideways search. Each selected dimension is counted over the
 * hits of every other selection but its own, so a selected value never hides its siblings; the
 * month dimension shares the date range's sideways hits, as the timeline does. Hits that are every
 * article take the reader's shared counts instead of counting again, and hits that are most of them
 * are counted as those counts less the articles they leave out ({@link ComplementCounts}). Not
 * thread-safe; one per search.
 */
final class FacetCounter {
  private final IndexView.Snapshot snap;
  private final SortedSetDocValuesReaderState state;
  private final DrillSideways.DrillSidewaysResult result;
  private final Map<FacetsCollector, Facets> counted = new IdentityHashMap<>();

  /** {@code snap} must have a facet state. */
  FacetCounter(IndexView.Snapshot snap, DrillSideways.DrillSidewaysResult result) {
    this.snap = snap;
    this.state = snap.state;
    this.result = result;
  }

  /** The counts that apply to {@code dim}. */
  Facets countsFor(String dim) throws IOException {
    String sidewaysDim = dim.equals(Schema.MONTH) ? Schema.YEAR : dim;
    FacetsCollector collector = result.drillDownFacetsCollector;
    String[] dims = result.drillSidewaysDims;
    if (dims != null) {
      for (int i = 0; i < dims.length; i++) {
        if (dims[i].equals(sidewaysDim) && result.drillSidewaysFacetsCollector[i] != null) {
          collector = result.drillSidewaysFacetsCollector[i];
        }
      }
    }
    Facets facets = counted.get(collector);
    if (facets == null) {
      IndexReader reader = snap.searcher.getIndexReader();
      long hits = hits(collector);
      if (hits == reader.numDocs()) {
        facets = snap.countsOfAllArticles();
      } else if (ComplementCounts.worthIt(hits, reader)) {
        facets = ComplementCounts.of(snap.countsOfAllArticles(), state, collector, reader);
      } else {
        facets = new SortedSetDocValuesFacetCounts(state, collector);
      }
      counted.put(collector, facets);
    }
    return facets;
  }

  private static long hits(FacetsCollector collector) {
    long hits = 0;
    for (FacetsCollector.MatchingDocs m : collector.getMatchingDocs()) {
      hits += m.totalHits();
    }
    return hits;
  }

  /** The top values of {@code dim}, with every selected value included even if not top. */
  List<LabelAndValue> top(String dim, int n, List<String> selected) throws IOException {
    if (state.getOrdRange(dim) == null) {
      return List.of();
    }
    Facets facets = countsFor(dim);
    FacetResult r = facets.getTopChildren(n, dim);
    List<LabelAndValue> values =
        new ArrayList<>(r == null ? List.of() : Arrays.asList(r.labelValues));
    Set<String> present = new HashSet<>();
    values.forEach(v -> present.add(v.label));
    for (String s : selected) {
      if (!present.contains(s)) {
        values.add(new LabelAndValue(s, specific(facets, dim, s)));
        present.add(s);
      }
    }
    return values;
  }

  /** Every value of {@code dim} with a count above zero. */
  List<LabelAndValue> all(String dim) throws IOException {
    if (state.getOrdRange(dim) == null) {
      return List.of();
    }
    FacetResult r = countsFor(dim).getAllChildren(dim);
    return r == null ? List.of() : Arrays.asList(r.labelValues);
  }

  private static int specific(Facets facets, String dim, String value) throws IOException {
    try {
      Number n = facets.getSpecificValue(dim, value);
      return n == null ? 0 : Math.max(0, n.intValue());
    } catch (IllegalArgumentException e) {
      return 0; // a value no article has
    }
  }
}
