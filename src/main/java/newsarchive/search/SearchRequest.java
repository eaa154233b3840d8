package newsarchive.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One search as a user asked it: query text, facet selections (values within a facet OR-ed, or
 * AND-ed in the facets named in {@code allOf}; facets AND-ed), values excluded by facet, a
 * publication-date range, order and page, and the facets to count (every one when none is named).
 * Validated on construction; every violation is an {@link InvalidQueryException} with one sentence.
 * Immutable.
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
    List<String> facets,
    Set<String> allOf,
    Map<String, List<String>> excluded) {
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
    allOf = Set.copyOf(allOf);
    for (String dim : allOf) {
      selectable(dim);
    }
    Map<String, List<String>> notWanted = new HashMap<>();
    for (Map.Entry<String, List<String>> e : excluded.entrySet()) {
      selectable(e.getKey());
      notWanted.put(e.getKey(), List.copyOf(e.getValue()));
    }
    excluded = Map.copyOf(notWanted);
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

  /** The dimensions a user selects values in: faction, location, country and site. */
  public static final List<String> SELECTABLE = List.of("faction", "location", "country", "site");

  private static void selectable(String dim) {
    if (!SELECTABLE.contains(dim)) {
      throw new InvalidQueryException(
          "Only faction, location, country and site take a mode or excluded values, not '"
              + dim
              + "'.");
    }
  }

  /** Whether the values selected in {@code dim} must all be present (else any one of them). */
  public boolean allOf(String dim) {
    return allOf.contains(dim);
  }

  /** The values excluded in {@code dim}: articles tagged with any of them are left out. */
  public List<String> excluded(String dim) {
    return excluded.getOrDefault(dim, List.of());
  }

  /** A first-page request for {@code query} with no filters, in the default order. */
  public static SearchRequest of(String query) {
    return builder().query(query).build();
  }

  /** A request built part by part, by name; what is not set keeps its default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects a request's parts by name: no filters, first page of 10, the default order for the
   * query (newest first when it is empty, by relevance otherwise), every facet. Not thread-safe.
   */
  public static final class Builder {
    private String query = "";
    private List<String> factions = List.of();
    private List<String> locations = List.of();
    private List<String> countries = List.of();
    private List<String> sites = List.of();
    private LocalDate from;
    private LocalDate to;
    private SortOrder sort;
    private int page = 1;
    private int size = 10;
    private String after;
    private boolean exact;
    private List<String> facets = List.of();
    private final Set<String> allOf = new HashSet<>();
    private final Map<String, List<String>> excluded = new HashMap<>();

    private Builder() {}

    /** {@code all}: the values selected in {@code dim} must all be present, not any one. */
    public Builder allOf(String dim, boolean all) {
      if (all) {
        allOf.add(dim);
      } else {
        allOf.remove(dim);
      }
      return this;
    }

    /** Leaves out the articles tagged with any of {@code values} in {@code dim}. */
    public Builder excluded(String dim, List<String> values) {
      if (values.isEmpty()) {
        excluded.remove(dim);
      } else {
        excluded.put(dim, List.copyOf(values));
      }
      return this;
    }

    public Builder query(String query) {
      this.query = query == null ? "" : query;
      return this;
    }

    public Builder factions(List<String> factions) {
      this.factions = factions;
      return this;
    }

    public Builder locations(List<String> locations) {
      this.locations = locations;
      return this;
    }

    public Builder countries(List<String> countries) {
      this.countries = countries;
      return this;
    }

    public Builder sites(List<String> sites) {
      this.sites = sites;
      return this;
    }

    public Builder from(LocalDate from) {
      this.from = from;
      return this;
    }

    public Builder to(LocalDate to) {
      this.to = to;
      return this;
    }

    /** The order; null keeps the query's default. */
    public Builder sort(SortOrder sort) {
      this.sort = sort;
      return this;
    }

    public Builder page(int page) {
      this.page = page;
      return this;
    }

    public Builder size(int size) {
      this.size = size;
      return this;
    }

    public Builder after(String after) {
      this.after = after;
      return this;
    }

    public Builder exact(boolean exact) {
      this.exact = exact;
      return this;
    }

    public Builder facets(List<String> facets) {
      this.facets = facets;
      return this;
    }

    /** The request; an {@link InvalidQueryException} when a part is out of bounds. */
    public SearchRequest build() {
      SortOrder order = sort != null ? sort : SortOrder.parse(null, query.isBlank());
      return new SearchRequest(
          query, factions, locations, countries, sites, from, to, order, page, size, after, exact,
          facets, allOf, excluded);
    }
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
