package newsarchive.search;

import java.util.List;
import java.util.Locale;
import newsarchive.index.Schema;

/** The facet dimensions a search reports, in the order the API lists them. */
public final class FacetDims {
  /** Every dimension, as named in the API and the index. */
  public static final List<String> ALL =
      List.of(
          Schema.FACTION, Schema.LOCATION, Schema.COUNTRY, Schema.SITE, Schema.YEAR, Schema.MONTH);

  private FacetDims() {}

  /** How many values a search lists for {@code dim}; the facet search endpoint reaches the rest. */
  static int shown(String dim) {
    return switch (dim) {
      case Schema.YEAR -> 100;
      case Schema.MONTH -> 400;
      case Schema.SITE, Schema.COUNTRY -> 15;
      default -> 25;
    };
  }

  /** {@code dim} if it is a facet; else an {@link InvalidQueryException}. */
  public static String check(String dim) {
    String d = dim == null ? "" : dim.toLowerCase(Locale.ROOT);
    if (!ALL.contains(d)) {
      throw new InvalidQueryException(
          "Unknown facet '" + dim + "'; use faction, location, country, site, year or month.");
    }
    return d;
  }
}
