package newsarchive.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One value of a facet with the number of hits it would give, whether the user selected it, and for
 * member factions their parent, for places their country; {@code excluded} is true for a value the
 * request excludes, absent otherwise; {@code name} is a country code's name as the archive writes
 * it (one name a country: Turkey, not Türkiye). Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FacetValue(
    String value,
    int count,
    boolean selected,
    String parent,
    String country,
    Boolean excluded,
    String name) {
  public FacetValue(String value, int count, boolean selected, String parent, String country) {
    this(value, count, selected, parent, country, null, null);
  }

  public static FacetValue of(String value, int count, boolean selected) {
    return new FacetValue(value, count, selected, null, null);
  }

  /** This value marked as excluded by the request ({@code "excluded": true}). */
  FacetValue asExcluded() {
    return new FacetValue(value, count, selected, parent, country, true, name);
  }

  /** This value with the name to show for it (a country code's country: TR is Turkey). */
  FacetValue named(String shown) {
    return new FacetValue(value, count, selected, parent, country, excluded, shown);
  }
}
