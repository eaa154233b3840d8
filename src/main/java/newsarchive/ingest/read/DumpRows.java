package newsarchive.ingest.read;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import newsarchive.ingest.clean.Dateline;
import newsarchive.ingest.dates.LooseDate;
import newsarchive.ingest.dates.PublicationDateFinder;

/**
 * Turns one record of an article dump (a CSV row or a JSONL object, as name → value) into an
 * extraction: an article, or the reason the row holds none. Stateless and thread-safe.
 */
final class DumpRows {
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

  /**
   * Dumps separate paragraphs by blank lines or single newlines; the body uses blank lines. Each
   * line is stripped and its runs of spaces and tabs made one space, by hand: a pattern per line
   * was 4% of a dump's ingest.
   */
  static String paragraphs(String text) {
    StringBuilder body = new StringBuilder(text.length() + 64);
    int lineStart = 0;
    int cr = text.indexOf('\r');
    while (lineStart <= text.length()) {
      // indexOf finds line ends many characters at a time; a carriage return is rare.
      int end = text.indexOf('\n', lineStart);
      if (end < 0) {
        end = text.length();
      }
      if (cr >= 0 && cr < lineStart) {
        cr = text.indexOf('\r', lineStart);
      }
      if (cr >= 0 && cr < end) {
        end = cr;
      }
      appendLine(body, text, lineStart, end);
      lineStart = end + 1;
    }
    return body.toString();
  }

  private static void appendLine(StringBuilder body, String text, int from, int to) {
    while (from < to && isStrippable(text.charAt(from))) {
      from++;
    }
    while (to > from && isStrippable(text.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      return;
    }
    if (!body.isEmpty()) {
      body.append("\n\n");
    }
    // Text is copied in stretches; only a space that is not a lone ' ' breaks one.
    int kept = from;
    boolean inSpace = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean space = isSpace(c);
      if (space && (inSpace || c != ' ')) {
        body.append(text, kept, i);
        if (!inSpace) {
          body.append(' ');
        }
        kept = i + 1;
      }
      inSpace = space;
    }
    body.append(text, kept, to);
  }

  // What String.strip drops, and a NUL, which dumps use as padding.
  private static boolean isStrippable(char c) {
    return c == '\0' || Character.isWhitespace(c);
  }

  // Within a line: what the pattern \s matches there (no line ends are left), and a NUL.
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\0';
  }
}
