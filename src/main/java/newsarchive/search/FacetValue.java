package newsarchive.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One value of a facet with the number of hits it would give, whether the user selected it, and for
 * member factions their parent, for places their country. Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FacetValue(String value, int count, boolean selected, String parent, String country) {
  public static FacetValue of(String value, int count, boolean selected) {
    return new FacetValue(value, count, selected, null, null);
  }
}
