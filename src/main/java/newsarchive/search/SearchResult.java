package newsarchive.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: the API's search JSON, field for field. {@code next} is
 * the cursor for the hits after these, or null at the end. Immutable.
 */
public record SearchResult(
    String query,
    long total,
    int page,
    int size,
    long tookMs,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    List<Widening> widened,
    String next) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    widened = List.copyOf(widened);
  }
}
