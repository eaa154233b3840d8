package newsarchive.index;

import java.time.LocalDate;
import java.util.List;

/**
 * What a result list and an export row show of an article, stored on its own so a search reads a
 * few hundred bytes a hit rather than the whole article with its mentions. {@code byline} ("" when
 * the article has none) and {@code countries} are null in indexes written before an export read
 * them from here. Immutable.
 */
public record ArticleSummary(
    String title,
    String url,
    String site,
    LocalDate published,
    List<String> factions,
    List<String> locations,
    String byline,
    List<String> countries) {
  public ArticleSummary {
    factions = List.copyOf(factions);
    locations = List.copyOf(locations);
    countries = countries == null ? null : List.copyOf(countries);
  }

  /** Whether this summary holds the byline and countries, which older indexes left out. */
  public boolean complete() {
    return byline != null && countries != null;
  }
}
