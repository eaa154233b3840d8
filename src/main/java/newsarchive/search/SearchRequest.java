package newsarchive.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One search as a user asked it: query text, facet selections (values within a facet OR-ed, facets
 * AND-ed), a publication-date range, order and page, and the facets to count (every one when none
 * is named). Validated on construction; every violation is an {@link InvalidQueryException} with
 * one sentence. Immutable.
 */
public record SearchRequest(
    String query,
    List<String> factions,
    List<String> locations,
    List<String> countries,
    List<String> sites,
    LocalDate from,
    LocalDate to,
    SortOrder sort,
    int page,
    int size,
    String after,
    boolean exact,
    List<String> facets) {
  public static final int MAX_SIZE = 100;
  public static final int MAX_QUERY_LENGTH = 2000;

  /** How deep page numbers reach; past it a cursor ({@code after}) continues. */
  public static final int MAX_PAGED_HITS = 10_000;

  public SearchRequest {
    query = query == null ? "" : query.strip();
    factions = List.copyOf(factions);
    locations = List.copyOf(locations);
    countries = List.copyOf(countries);
    sites = List.copyOf(sites);
    Objects.requireNonNull(sort, "sort");
    facets = shownFacets(facets);
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new InvalidQueryException(
          "The query is too long; keep it under " + MAX_QUERY_LENGTH + " characters.");
    }
    if (page < 1) {
      throw new InvalidQueryException("page must be 1 or more.");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidQueryException("size must be between 1 and " + MAX_SIZE + ".");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidQueryException("from (" + from + ") is after to (" + to + ").");
    }
    if (after == null && (long) page * size > MAX_PAGED_HITS) {
      throw new InvalidQueryException(
          "Pages reach the first "
              + MAX_PAGED_HITS
              + " hits; to go further, follow the 'next' cursor with after=.");
    }
  }

  /** A first-page request for {@code query} with no filters, in the default order. */
  public static SearchRequest of(String query) {
    return new SearchRequest(
        query,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        SortOrder.parse(null, query == null || query.isBlank()),
        1,
        10,
        null,
        false,
        List.of());
  }

  /** The facets named, each checked, in the API's order; every facet when none is named. */
  private static List<String> shownFacets(List<String> named) {
    if (named == null || named.isEmpty()) {
      return FacetDims.ALL;
    }
    Set<String> wanted = new HashSet<>();
    for (String dim : named) {
      wanted.add(FacetDims.check(dim));
    }
    return FacetDims.ALL.stream().filter(wanted::contains).toList();
  }

  /**
   * Reads a {@code from} or {@code to} parameter, as the API and the terminal search both take it:
   * blank is no bound, anything but a real YYYY-MM-DD date is an {@link InvalidQueryException}.
   */
  public static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
      throw new InvalidQueryException(
          name + " must be a real date written YYYY-MM-DD, not '" + shown + "'.");
    }
  }
}
