package newsarchive.ingest.read;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a reader found in one input before tagging: metadata and the cleaned body. Null means
 * unknown, except for {@code source}, {@code body} and {@code pages}. {@code captured} is when a
 * web archive fetched the page (null for other inputs); {@code pages} holds the body offset where
 * each page of a paged document (a PDF) starts, and is empty for everything else. Immutable.
 */
public record RawArticle(
    String source,
    String title,
    LocalDate published,
    String byline,
    String dateline,
    String site,
    String url,
    String language,
    String body,
    Instant captured,
    List<Integer> pages) {
  public RawArticle {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(body, "body");
    pages = pages == null ? List.of() : List.copyOf(pages);
  }

  /** An article of an input without pages or a capture time. */
  public RawArticle(
      String source,
      String title,
      LocalDate published,
      String byline,
      String dateline,
      String site,
      String url,
      String language,
      String body) {
    this(source, title, published, byline, dateline, site, url, language, body, null, List.of());
  }
}
