package newsarchive.ingest.dates;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * Finds the day an article page was first published, as its readers are shown it. Evidence is
 * weighed from the most to the least deliberate: what the page declares for machines (JSON-LD, meta
 * tags), checked against the date its byline shows; a date in its address; microdata; the dates
 * shown below the first {@code <h1>}; data embedded in scripts; and last the dates written in its
 * text, labelled ones ("Veröffentlicht am", "Posted on") first. The declared modification date is
 * never taken for the publication date; it only explains a byline that shows it instead. The page's
 * first {@code <time>} is no evidence of its own: it may be the site's "today" above the headline
 * or a teaser's, and the {@code <time>} elements below the {@code <h1>} are among the dates shown.
 * UTC instants are turned into the publisher's day. Dates before the web or after the finder's
 * latest day are never returned. Stateless and thread-safe.
 */
public final class PublicationDateFinder {
  private final DateValues values;
  private final MetadataDates metadata;
  private final UrlDates urls;
  private final MarkupDates markup;
  private final TextDates text;
  private final ScriptDates scripts;

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
    this.scripts = new ScriptDates(values);
  }

  /** The publication day of the page, or empty when nothing on it says. */
  public Optional<LocalDate> find(Document doc, String urlOrNull) {
    boolean monthFirst = isMonthFirst(doc);
    MetadataDates.Declared declared = metadata.read(doc);
    List<Stamp> stamps = new ArrayList<>(declared.all());
    Headline headline = Headline.of(doc);
    Stamp flagged = markup.flaggedPublished(doc, headline);
    Stamp firstTime = markup.firstTime(doc, headline);
    for (Stamp s : new Stamp[] {flagged, firstTime}) {
      if (s != null) {
        stamps.add(s);
      }
    }
    ZoneId zone = PageZone.of(doc, stamps);
    List<LocalDate> visible = markup.visibleDays(doc, headline, monthFirst);
    LocalDate date = dayOf(declared.published(), zone, visible);
    LocalDate modified = dayOf(declared.modified(), zone, visible);
    if (date != null && !visible.isEmpty()) {
      LocalDate shown = visible.getFirst();
      // Readers see the byline; when it disagrees with the metadata in a way that has an
      // explanation (a time zone, a generic "date" tag, the page showing its last update) the
      // byline is what the page means by its date.
      if (declared.rank() >= MetadataDates.GENERIC
          || Math.abs(shown.toEpochDay() - date.toEpochDay()) == 1
          || shown.equals(modified)
          || isStatedThroughout(shown, visible, firstTime)) {
        date = shown;
      }
    }
    if (date == null) {
      date = urls.day(urlOrNull);
    }
    if (date == null) {
      date = dayOf(flagged, zone, visible);
    }
    if (date == null) {
      date = visible.isEmpty() ? null : visible.getFirst();
    }
    if (date == null) {
      date = dayOf(scripts.first(doc), zone, visible);
    }
    if (date == null) {
      date = text.inPage(doc, monthFirst);
    }
    return Optional.ofNullable(date);
  }

  /**
   * Whether the page shows one day, and only that day, more than once, and its first {@code <time>}
   * element gives that day too: then the shown day is the page's own, not a list's, whatever the
   * metadata says.
   */
  private static boolean isStatedThroughout(
      LocalDate shown, List<LocalDate> visible, Stamp firstTime) {
    if (visible.size() < 2 || firstTime == null || !shown.equals(firstTime.date())) {
      return false;
    }
    for (LocalDate d : visible) {
      if (!d.equals(shown)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The publisher's day of a stamp. A UTC instant may fall on the day before or after in the
   * publisher's zone; what the page shows its readers settles it, else the guessed zone does.
   */
  private static LocalDate dayOf(Stamp stamp, ZoneId zone, List<LocalDate> visible) {
    if (stamp == null) {
      return null;
    }
    LocalDate zoned = stamp.dayIn(zone);
    if (zoned.equals(stamp.date())) {
      return zoned;
    }
    boolean showsZoned = visible.contains(zoned);
    boolean showsUtc = visible.contains(stamp.date());
    return showsUtc && !showsZoned ? stamp.date() : zoned;
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
    return lang.equals("en-us");
  }
}
