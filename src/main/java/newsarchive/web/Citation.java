package newsarchive.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import newsarchive.ingest.Article;

/**
 * How to cite one article: a plain reference a person pastes into a text, and the same as an RIS
 * record that reference managers (Zotero, EndNote, Mendeley) import. A page a web archive captured
 * is cited as archived on its capture day; any other as accessed on {@code today}. Immutable.
 */
record Citation(String id, Article article, LocalDate today) {
  private static final Pattern ROLE =
      Pattern.compile("(?i)\\b(?:staff|reporters?|correspondents?|desk|editors?|newsroom)\\b");
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter RIS_DATE =
      DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);

  /**
   * The reference in one line: byline, the title in typographic quotes, site and date, the URL (or,
   * without one, the article's place in the archive), and when it was archived or accessed.
   * Example: {@code Sara Haddad. “Rebels seize desert villages.” Levant Daily, 29 May 2017.
   * https://levant.example/badia. Accessed 3 December 2026.}
   */
  String text() {
    List<String> parts = new ArrayList<>();
    String by = String.join(" and ", authors());
    if (!by.isEmpty()) {
      parts.add(by + ".");
    }
    parts.add("\u201C" + sentence(title()) + "\u201D");
    String where = site();
    String when = article.published() == null ? "" : SHOWN.format(article.published());
    if (!where.isEmpty() || !when.isEmpty()) {
      parts.add((where.isEmpty() ? when : when.isEmpty() ? where : where + ", " + when) + ".");
    }
    parts.add(article.url() != null ? article.url() + "." : "News archive, article " + id + ".");
    parts.add(
        article.captured() != null
            ? "Archived " + SHOWN.format(captureDay()) + "."
            : "Accessed " + SHOWN.format(today) + ".");
    return String.join(" ", parts);
  }

  /**
   * The RIS record: tag, two spaces, hyphen, space, value, each line ending in CR LF as the format
   * says, and {@code ER} last. NEWS for an article of a named outlet, ELEC for a page known only by
   * its address, GEN for anything else. Y2 is the access (or capture) date, as Zotero reads it.
   */
  String ris() {
    StringBuilder out = new StringBuilder();
    String type = !site().isEmpty() ? "NEWS" : article.url() != null ? "ELEC" : "GEN";
    line(out, "TY", type);
    line(out, "TI", title());
    authors().forEach(a -> line(out, "AU", a));
    if (!site().isEmpty()) {
      line(out, "T2", site());
    }
    if (article.published() != null) {
      line(out, "PY", String.valueOf(article.published().getYear()));
      line(out, "DA", RIS_DATE.format(article.published()));
    }
    if (article.url() != null) {
      line(out, "UR", article.url());
    }
    line(out, "Y2", RIS_DATE.format(article.captured() != null ? captureDay() : today));
    line(out, "LA", article.language());
    line(out, "DB", "News archive");
    line(out, "ID", id);
    out.append("ER  - \r\n");
    return out.toString();
  }

  /**
   * The byline's names: "By A and B" is two authors. A byline that names a role rather than a
   * person ("a staff reporter", "Our Foreign Correspondent") is no author, so the reference starts
   * with the title, as style guides do for unsigned articles.
   */
  List<String> authors() {
    String byline = article.byline() == null ? "" : oneLine(article.byline());
    byline = byline.replaceFirst("(?i)^by\\s+", "").replaceAll("[.\\s]+$", "");
    return Arrays.stream(byline.split("\\s+(?:and|&)\\s+|\\s*;\\s*"))
        .map(String::strip)
        .filter(a -> !a.isEmpty() && !Character.isLowerCase(a.codePointAt(0)))
        .filter(a -> !ROLE.matcher(a).find())
        .toList();
  }

  private String title() {
    String t = oneLine(article.title());
    return t.isEmpty() ? "Untitled" : t;
  }

  private String site() {
    return article.site() == null ? "" : oneLine(article.site());
  }

  private LocalDate captureDay() {
    return article.captured().atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** A title closed with a full stop inside its quotes, unless it ends with its own mark. */
  private static String sentence(String title) {
    return title.matches("(?s).*[.?!\u2026]$") ? title : title + ".";
  }

  /** RIS holds one line a tag, so the line breaks of a value become spaces. */
  private static String oneLine(String value) {
    return value.replaceAll("\\s+", " ").strip();
  }

  private static void line(StringBuilder out, String tag, String value) {
    out.append(tag).append("  - ").append(oneLine(value)).append("\r\n");
  }
}
