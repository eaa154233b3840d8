package newsarchive.ingest;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns one record of an article dump (a CSV row or a JSONL object, as name → value) into an
 * extraction: an article, or the reason the row holds none. Stateless and thread-safe.
 */
final class DumpRows {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final PublicationDateFinder dates;

  DumpRows(PublicationDateFinder dates) {
    this.dates = dates;
  }

  Extraction toExtraction(String source, Map<String, String> row) {
    Optional<String> body = ArticleFields.BODY.in(row);
    if (body.isEmpty()) {
      return new Extraction.Rejected(source, "the row has no article text");
    }
    String text = paragraphs(body.get());
    LocalDate published =
        ArticleFields.PUBLISHED
            .in(row)
            .flatMap(LooseDate::parse)
            .or(() -> dates.findInText(text))
            .orElse(null);
    return new Extraction.Found(
        new RawArticle(
            source,
            ArticleFields.TITLE.in(row).orElse(""),
            published,
            ArticleFields.BYLINE.in(row).orElse(null),
            Dateline.find(text).orElse(null),
            ArticleFields.SITE.in(row).orElse(null),
            ArticleFields.URL.in(row).orElse(null),
            ArticleFields.LANGUAGE.in(row).orElse("en"),
            text));
  }

  /** Dumps separate paragraphs by blank lines or single newlines; the body uses blank lines. */
  private static String paragraphs(String text) {
    return String.join(
        "\n\n",
        text.replace("\r\n", "\n")
            .replace('\r', '\n')
            .replace('\0', ' ')
            .lines()
            .map(line -> SPACES.matcher(line.strip()).replaceAll(" "))
            .filter(line -> !line.isEmpty())
            .toList());
  }
}
