package newsarchive.ingest.read;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a reader found in one input before tagging: metadata and the cleaned body. Null means
 * unknown, except for {@code source} and {@code body}. Immutable.
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
    String body) {
  public RawArticle {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(body, "body");
  }
}
