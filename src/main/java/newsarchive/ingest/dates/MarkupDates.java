package newsarchive.ingest.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Dates in a page's visible markup: microdata ({@code itemprop="datePublished"}), {@code <time>}
 * and {@code <abbr class="published">}, and the short text of elements whose class or id marks a
 * date or byline ("entry-date", "post-meta", "datum"). Elements in comments, sidebars and related
 * links are passed over: their dates belong to other texts. An element that holds the headline is
 * never taken for such a part, whatever its class ("widget Blog", "content-with-sidebar"): it is
 * the article's own frame. Immutable and thread-safe.
 */
final class MarkupDates {
  private static final Pattern DATE_CLASS =
      Pattern.compile(
          "date|time|datum|zeit|publi|posted|byline|meta|dateline|fecha|data|info|author|autor"
              + "|submitted|stand|article-header|entry-header|post-header");
  // No "footer": the page's footer is a <footer>, while a class of that name is as often the
  // article's own foot, where blog themes put the day it was posted ("entry-footer").
  private static final Pattern FOREIGN_CLASS =
      Pattern.compile(
          "comment|sidebar|related|teaser|widget|recommend|popular|more-|"
              + "newsletter|reply|breadcrumb|calendar|archive");

  /** Words before a date that mark it as the last change, unless publication is named as well. */
  private static final Pattern UPDATED =
      Pattern.compile(
          "(?iu)^(?!.*(publi|veröffentlicht|erschienen|erstellt)).*(update|aktualisiert|geändert"
              + "|modifi|mis à jour|actualizado|aggiornato|bearbeitet|editiert)");

  private static final int MAX_TEXT = 200;

  private final DateValues values;

  MarkupDates(DateValues values) {
    this.values = values;
  }

  /** A date the markup flags as the publication date, or null. */
  Stamp flaggedPublished(Document doc, Headline headline) {
    for (Element e :
        doc.select(
            "[itemprop=datePublished]:not(meta), time[pubdate], abbr.published[title],"
                + " time.published, time.entry-date, time[itemprop=dateCreated]")) {
      if (isForeign(e, headline)) {
        continue;
      }
      Stamp stamp = valueOf(e);
      if (stamp != null) {
        return stamp;
      }
    }
    return null;
  }

  /** The date of the first {@code <time>} outside comments and sidebars, or null. */
  Stamp firstTime(Document doc, Headline headline) {
    // Social sites put the full date in the title of an abbreviation ("<abbr title=...>3 h").
    for (Element e : doc.select("time, abbr[title]")) {
      if (isForeign(e, headline)) {
        continue;
      }
      Stamp stamp = valueOf(e);
      if (stamp != null) {
        return stamp;
      }
    }
    return null;
  }

  /**
   * The days written, for readers, in {@code <time>} elements and in the short text of elements
   * whose class or id speaks of dates, in page order. When the page has an {@code <h1>}, only what
   * follows the first counts: a date above it is mostly the site's "today". (Counting from the
   * headline found by its title instead lost more pages than it won on the development set.)
   */
  List<LocalDate> visibleDays(Document doc, Headline headline, boolean monthFirst) {
    List<LocalDate> all = new ArrayList<>();
    List<LocalDate> afterTitle = new ArrayList<>();
    Element root = doc.body() == null ? doc : doc.body();
    Element firstH1 = root.selectFirst("h1");
    boolean pastTitle = false;
    for (Element e : root.getAllElements()) {
      if (e == firstH1) {
        pastTitle = true;
      }
      boolean time = e.normalName().equals("time");
      if (!time && !e.hasAttr("class") && !e.hasAttr("id")) {
        continue; // most elements: nothing to mark them as a date
      }
      String marks = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      boolean dated = time || DATE_CLASS.matcher(marks).find();
      if (!dated || isForeign(e, headline)) {
        continue;
      }
      String text = e.text();
      if (text.length() > MAX_TEXT) {
        continue;
      }
      // "Written: 2023-11-07 Updated: 2023-11-07 15:30" is a byline with both; only the words
      // before the first date say what that date is.
      WrittenDate first = values.firstInText(text, monthFirst);
      if (first != null && !UPDATED.matcher(text.substring(0, first.start())).find()) {
        all.add(first.date());
        if (pastTitle) {
          afterTitle.add(first.date());
        }
      }
    }
    return afterTitle.isEmpty() ? all : afterTitle;
  }

  private Stamp valueOf(Element e) {
    for (String attr : new String[] {"datetime", "content", "title"}) {
      if (e.hasAttr(attr)) {
        Stamp stamp = values.stamp(e.attr(attr));
        if (stamp != null) {
          return stamp;
        }
      }
    }
    return values.stamp(e.text());
  }

  /**
   * Whether {@code e} sits in a part of the page that holds other texts or their links: a comment
   * thread, a sidebar, a list of related stories. The climb stops at the element that holds the
   * headline, whose classes describe the article's frame or the whole page ("has-sidebar",
   * "category-archive" for a post filed under archives), not a part beside the article.
   */
  static boolean isForeign(Element e, Headline headline) {
    for (Element a = e; a != null; a = a.parent()) {
      String tag = a.normalName();
      if (tag.equals("body") || tag.equals("main") || headline.isHeldBy(a)) {
        break;
      }
      if (tag.equals("aside") || tag.equals("footer") || tag.equals("nav")) {
        return true;
      }
      if ((a.hasAttr("class") || a.hasAttr("id"))
          && FOREIGN_CLASS
              .matcher((a.className() + " " + a.id()).toLowerCase(Locale.ROOT))
              .find()) {
        return true;
      }
    }
    return false;
  }
}
