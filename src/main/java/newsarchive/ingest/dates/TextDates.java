package newsarchive.ingest.dates;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The last resort of {@link PublicationDateFinder}: dates written in a page's or a plain text's
 * words. A date the text labels as published ("Erschienen am: 01.11.2023", "Posted on") beats an
 * unlabelled one; among the others the one nearest the headline wins, as bylines sit next to
 * headlines while sidebars and teasers of other articles sit further away. A date labelled as the
 * last update ("Stand:", "Updated") gets no preference: it is not the day of publication. Immutable
 * and thread-safe.
 */
final class TextDates {
  /** How far into a plain text its opening date may sit ("Wednesday, 5 April 2017 ..."). */
  private static final int OPENING = 20;

  /**
   * How far in a weekday-stamped date ("AFP Sunday 30 Mar 2014") may sit: exports put the title and
   * the agency first.
   */
  private static final int STAMP_REACH = 200;

  private static final Pattern WEEKDAY_BEFORE =
      Pattern.compile(
          "(?i)(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\\.?,?\\s*$");

  /** How many lines at the start of a plain text may be headers. */
  private static final int HEADER_LINES = 3;

  /** A line this short is a header ("Published: 29 May 2017"), not prose. */
  private static final int HEADER_LINE = 80;

  /** What precedes the date in a dateline: a place in capitals and a comma ("BEIRUT, "). */
  private static final Pattern DATELINE = Pattern.compile("\\s*\\p{Lu}[\\p{Lu}\\s.'-]+,\\s*");

  /** How much text before a date may hold its label. */
  private static final int LABEL_REACH = 40;

  private static final Pattern PUBLISHED_LABEL =
      Pattern.compile(
          "(?iu)(erschienen|veröffentlicht|publiziert|erstellt|published|posted|publié|publicado"
              + "|pubblicato|datum|date)\\s*(am|on|le|el|il|:)?\\s*[:\\-–]?\\s*(\\p{L}+\\.?,?\\s*)?$");

  private final DateValues values;

  TextDates(DateValues values) {
    this.values = values;
  }

  /** The publication day the words of a page suggest, or null when they hold no whole date. */
  LocalDate inPage(Document doc, boolean monthFirst) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    String text = body.text();
    Element headline = body.selectFirst("h1");
    int title = headline == null ? 0 : Math.max(0, text.indexOf(headline.text()));
    LocalDate nearest = null;
    int nearestDistance = Integer.MAX_VALUE;
    for (WrittenDate date : values.expressions().find(text, monthFirst)) {
      if (date.precision() != DatePrecision.DAY || values.plausible(date.date()) == null) {
        continue;
      }
      String before = text.substring(Math.max(0, date.start() - LABEL_REACH), date.start());
      if (PUBLISHED_LABEL.matcher(before).find()) {
        return date.date();
      }
      int distance = Math.abs(date.start() - title);
      if (distance < nearestDistance) {
        nearest = date.date();
        nearestDistance = distance;
      }
    }
    return nearest;
  }

  /**
   * The day a plain text opens with ("Wed 05 Apr 2017 Syria attack ..."), or that one of its first
   * lines gives as a header or dateline ("Published: 29 May 2017", "BEIRUT, May 29, 2017 (Reuters)
   * -"); null when the only early dates sit inside prose.
   */
  LocalDate atStart(String text) {
    if (text == null) {
      return null;
    }
    int offset = 0;
    String[] lines = text.strip().split("\\R", HEADER_LINES + 1);
    for (int i = 0; i < Math.min(HEADER_LINES, lines.length); i++) {
      String line = lines[i];
      for (WrittenDate date : values.expressions().find(line, false)) {
        if (date.precision() != DatePrecision.DAY || values.plausible(date.date()) == null) {
          continue;
        }
        String before = line.substring(0, date.start());
        if (offset + date.start() <= OPENING
            || line.length() <= HEADER_LINE
            || DATELINE.matcher(before).matches()
            || (offset + date.start() <= STAMP_REACH && WEEKDAY_BEFORE.matcher(before).find())) {
          return date.date();
        }
      }
      offset += line.length() + 1;
    }
    return null;
  }
}
