package newsarchive.search;

import java.util.Locale;

/** How hits are ordered. */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  OLDEST;

  /** Reads the {@code sort} parameter; null means the default for the query. */
  public static SortOrder parse(String value, boolean emptyQuery) {
    if (value == null || value.isBlank()) {
      return emptyQuery ? NEWEST : RELEVANCE;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "relevance" -> RELEVANCE;
      case "newest" -> NEWEST;
      case "oldest" -> OLDEST;
      default ->
          throw new InvalidQueryException(
              "Unknown sort '" + value + "'; use relevance, newest or oldest.");
    };
  }
}
