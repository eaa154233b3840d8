package newsarchive.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import newsarchive.ingest.dates.DateMention;
import newsarchive.ingest.entities.FactionTag;
import newsarchive.ingest.entities.PlaceTag;

/**
 * One article as the ingester understands it: cleaned text, metadata and tags. This is the
 * extraction JSON of the design, field for field. {@code body} holds paragraphs separated by a
 * blank line; every offset in the tags indexes it.
 *
 * <p>Two fields extend the design's JSON and appear only when they say something: {@code captured},
 * when a web archive (WARC) fetched the page, and {@code pages}, the body offset where each page of
 * a PDF starts (page breaks are paragraph breaks in the body), so a passage can name its page.
 * Immutable.
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
    List<DateMention> dates,
    @JsonInclude(JsonInclude.Include.NON_NULL) Instant captured,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> pages) {
  public Article {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(body, "body");
    title = title == null ? "" : title;
    language = language == null ? "en" : language;
    factions = List.copyOf(factions);
    locations = List.copyOf(locations);
    dates = List.copyOf(dates);
    pages = pages == null ? List.of() : List.copyOf(pages);
  }

  /** An article without a capture time or pages: from anything but a web archive or a PDF. */
  public Article(
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
    this(
        source, title, published, byline, dateline, site, url, language, body, factions, locations,
        dates, null, List.of());
  }

  /** This article with another {@code source}: where it came from, as the archive names it. */
  public Article withSource(String source) {
    return new Article(
        source, title, published, byline, dateline, site, url, language, body, factions, locations,
        dates, captured, pages);
  }

  /** The 1-based page of a PDF that the body offset {@code offset} falls on; 0 when unpaged. */
  public int pageAt(int offset) {
    int page = 0;
    while (page < pages.size() && pages.get(page) <= offset) {
      page++;
    }
    return page;
  }
}
