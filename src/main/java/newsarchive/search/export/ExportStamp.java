package newsarchive.search.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsarchive.search.SearchRequest;

/**
 * What an export file says about itself: the search it holds (query, filters, order), when it was
 * made, how many articles the archive held and how many of them the search found. Immutable.
 */
public record ExportStamp(
    String query,
    Map<String, List<String>> filters,
    String sort,
    boolean exact,
    String exported,
    int articles,
    long hits) {
  public ExportStamp {
    filters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filters));
  }

  /** The stamp of {@code request} made at {@code now}. */
  public static ExportStamp of(SearchRequest request, Instant now, int articles, long hits) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    put(filters, "faction", request.factions());
    put(filters, "location", request.locations());
    put(filters, "country", request.countries());
    put(filters, "site", request.sites());
    for (String dim : SearchRequest.SELECTABLE) {
      if (request.allOf(dim)) {
        filters.put(dim + ".mode", List.of("all"));
      }
      put(filters, dim + ".not", request.excluded(dim));
    }
    if (request.from() != null) {
      filters.put("from", List.of(request.from().toString()));
    }
    if (request.to() != null) {
      filters.put("to", List.of(request.to().toString()));
    }
    return new ExportStamp(
        request.query(),
        filters,
        request.sort().name().toLowerCase(java.util.Locale.ROOT),
        request.exact(),
        now.toString(),
        articles,
        hits);
  }

  private static void put(Map<String, List<String>> out, String name, List<String> values) {
    if (!values.isEmpty()) {
      out.put(name, values);
    }
  }
}
