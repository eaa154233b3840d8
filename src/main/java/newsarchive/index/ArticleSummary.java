package newsarchive.index;

import java.time.LocalDate;
import java.util.List;

/**
 * What a result list shows of an article, stored on its own so a search reads a few hundred bytes a
 * hit rather than the whole article with its mentions. Immutable.
 */
public record ArticleSummary(
    String title,
    String url,
    String site,
    LocalDate published,
    List<String> factions,
    List<String> locations) {
  public ArticleSummary {
    factions = List.copyOf(factions);
    locations = List.copyOf(locations);
  }
}
