package newsarchive.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import newsarchive.ingest.dates.DateMention;
import newsarchive.ingest.entities.FactionTag;
import newsarchive.ingest.entities.PlaceTag;

/**
 * One article as the ingester understands it: cleaned text, metadata and tags. This is the
 * extraction JSON of the design, field for field. {@code body} holds paragraphs separated by a
 * blank line; every offset in the tags indexes it. Immutable.
 */
public record Article(
    String source,
    String title,
    LocalDate published,
    String byline,
    String dateline,
    String site,
    String url,
    String language,
    String body,
    List<FactionTag> factions,
    List<PlaceTag> locations,
    List<DateMention> dates) {
  public Article {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(body, "body");
    title = title == null ? "" : title;
    language = language == null ? "en" : language;
    factions = List.copyOf(factions);
    locations = List.copyOf(locations);
    dates = List.copyOf(dates);
  }
}
