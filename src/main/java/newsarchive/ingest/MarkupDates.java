package newsarchive.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Dates in a page's visible markup: microdata ({@code itemprop="datePublished"}), {@code <time>}
 * and {@code <abbr class="published">}, and the short text of elements whose class or id marks a
 * date or byline ("entry-date", "post-meta", "datum"). Elements in comments, sidebars and related
 * links are passed over: their dates belong to other texts. Immutable and thread-safe.
 */
final class MarkupDates {
  private static final Pattern DATE_CLASS =
      Pattern.compile(
          "date|time|datum|zeit|publi|posted|byline|meta|dateline|fecha|data|info|author|autor"
              + "|submitted|stand|article-header|entry-header|post-header");
  private static final Pattern FOREIGN_CLASS =
      Pattern.compile(
          "comment|sidebar|related|teaser|widget|footer|recommend|popular|more-|"
              + "newsletter|reply|breadcrumb|calendar|archive|update|modif");
  private static final int MAX_TEXT = 200;

  private final DateValues values;

  MarkupDates(DateValues values) {
    this.values = values;
  }

  /** A date the markup flags as the publication date, or null. */
  LocalDate flaggedPublished(Document doc) {
    for (Element e :
        doc.select(
            "[itemprop=datePublished]:not(meta), time[pubdate], abbr.published[title],"
                + " time.published, time.entry-date, time[itemprop=dateCreated]")) {
      if (isForeign(e)) {
        continue;
      }
      LocalDate date = valueOf(e);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** The date of the first {@code <time>} outside comments and sidebars, or null. */
  LocalDate firstTime(Document doc) {
    for (Element e : doc.select("time")) {
      if (isForeign(e)) {
        continue;
      }
      LocalDate date = valueOf(e);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** The first date in the short text of an element whose class or id speaks of dates. */
  LocalDate bylineDate(Document doc, boolean monthFirst) {
    for (Element e : doc.body() == null ? doc.getAllElements() : doc.body().getAllElements()) {
      String marks = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (marks.isBlank() || !DATE_CLASS.matcher(marks).find() || isForeign(e)) {
        continue;
      }
      String text = e.text();
      if (text.length() > MAX_TEXT) {
        continue;
      }
      LocalDate date = values.firstInText(text, monthFirst);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  private LocalDate valueOf(Element e) {
    for (String attr : new String[] {"datetime", "content", "title"}) {
      if (e.hasAttr(attr)) {
        LocalDate date = values.parse(e.attr(attr));
        if (date != null) {
          return date;
        }
      }
    }
    return values.parse(e.text());
  }

  static boolean isForeign(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      String tag = a.normalName();
      if (tag.equals("aside") || tag.equals("footer") || tag.equals("nav")) {
        return true;
      }
      String marks = (a.className() + " " + a.id()).toLowerCase(Locale.ROOT);
      if (!marks.isBlank() && FOREIGN_CLASS.matcher(marks).find()) {
        return true;
      }
    }
    return false;
  }
}
