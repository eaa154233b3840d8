package newsarchive.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: the API's search JSON, field for field. {@code next} is
 * the cursor for the hits after these, or null at the end; {@code interpreted} says how the query
 * text was read when not as written (null when it was); {@code suggestions} are queries to run
 * instead; {@code lastPage} is the last page number that page= reaches for this search (pages stop
 * at {@link SearchRequest#MAX_PAGED_HITS} hits; the cursor goes on). Immutable.
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
    String next,
    String interpreted,
    List<Suggestion> suggestions,
    int lastPage) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    widened = List.copyOf(widened);
    suggestions = List.copyOf(suggestions);
  }
}
