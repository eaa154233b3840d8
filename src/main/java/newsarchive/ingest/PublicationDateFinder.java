package newsarchive.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * Finds the day an article page was first published. Evidence is weighed from the most to the least
 * deliberate: what the page declares for machines (JSON-LD, meta tags, microdata), a date in its
 * address, {@code <time>} elements and bylines, and last the dates written in its text. Dates after
 * the day the finder was made, or before the web, are never returned. Stateless and thread-safe.
 */
public final class PublicationDateFinder {
  private final DateValues values;
  private final MetadataDates metadata;
  private final UrlDates urls;
  private final MarkupDates markup;
  private final TextDates text;

  /** A finder that accepts dates up to today. */
  public PublicationDateFinder() {
    this(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1));
  }

  /** A finder that accepts dates up to {@code latest}, which makes results reproducible. */
  public PublicationDateFinder(LocalDate latest) {
    this.values = new DateValues(latest);
    this.metadata = new MetadataDates(values);
    this.urls = new UrlDates(values);
    this.markup = new MarkupDates(values);
    this.text = new TextDates(values);
  }

  /** The publication day of the page, or empty when nothing on it says. */
  public Optional<LocalDate> find(Document doc, String urlOrNull) {
    boolean monthFirst = isMonthFirst(doc);
    MetadataDates.Declared declared = metadata.read(doc);
    LocalDate date = declared.published();
    if (date == null) {
      date = urls.day(urlOrNull);
    }
    if (date == null) {
      date = markup.flaggedPublished(doc);
    }
    if (date == null) {
      date = markup.firstTime(doc);
    }
    if (date == null) {
      date = markup.bylineDate(doc, monthFirst);
    }
    if (date == null) {
      date = declared.modified();
    }
    if (date == null) {
      date = text.inPage(doc, monthFirst);
    }
    return Optional.ofNullable(date);
  }

  /**
   * The date a plain-text article opens with ("Wed 05 Apr 2017 10.05 BST", "May 29, 2017") or names
   * in its dateline line ("AMMAN, May 29 (Reuters) -" is not enough: the line must hold a whole
   * date); empty otherwise.
   */
  public Optional<LocalDate> findInText(String plainText) {
    return Optional.ofNullable(text.atStart(plainText));
  }

  private static boolean isMonthFirst(Document doc) {
    String lang = doc.select("html[lang]").attr("lang").toLowerCase(Locale.ROOT);
    return lang.equals("en-us") || lang.equals("en");
  }
}
