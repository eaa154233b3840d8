package newsarchive.ingest.read;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The column or key names that article dumps (CSV, JSONL) use for each field, so that a dump from
 * another tool maps without configuration. Names compare case-insensitively. Immutable.
 */
enum ArticleFields {
  TITLE("title", "headline", "article_title", "name"),
  BODY("body", "text", "content", "article_content", "article_body", "articlebody", "maintext"),
  PUBLISHED("published", "date", "publication_date", "published_at", "pubdate", "datetime"),
  URL("url", "link", "canonical_url", "source_url"),
  SITE("site", "source", "outlet", "publisher", "site_name", "source_name"),
  BYLINE("byline", "author", "authors"),
  LANGUAGE("language", "lang");

  private final List<String> names;

  ArticleFields(String... names) {
    this.names = List.of(names);
  }

  /** Whether one of {@code keys} names this field. */
  boolean namedIn(java.util.Collection<String> keys) {
    return keys.stream()
        .anyMatch(k -> k != null && names.contains(k.strip().toLowerCase(Locale.ROOT)));
  }

  /** The value of this field in a record keyed by name, if any key matches and is non-blank. */
  Optional<String> in(Map<String, String> record) {
    for (String name : names) {
      for (Map.Entry<String, String> e : record.entrySet()) {
        if (e.getKey() != null
            && e.getKey().strip().toLowerCase(Locale.ROOT).equals(name)
            && e.getValue() != null
            && !e.getValue().isBlank()) {
          return Optional.of(e.getValue().strip());
        }
      }
    }
    return Optional.empty();
  }
}
