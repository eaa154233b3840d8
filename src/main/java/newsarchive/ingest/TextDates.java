package newsarchive.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The last resort of {@link PublicationDateFinder}: dates written in a page's or a plain text's
 * words. A date the text labels ("Erschienen am: 01.11.2023", "Posted on", "Stand:") beats an
 * unlabelled one; among unlabelled dates the one nearest the headline wins, as bylines sit next to
 * headlines while sidebars and teasers of other articles sit further away. Immutable and
 * thread-safe.
 */
final class TextDates {
  /** How far into a plain text its opening date may sit. */
  private static final int OPENING = 120;

  /** How much text before a date may hold its label. */
  private static final int LABEL_REACH = 40;

  private static final Pattern PUBLISHED_LABEL =
      Pattern.compile(
          "(?iu)(erschienen|veröffentlicht|publiziert|erstellt|published|posted|publié|publicado"
              + "|pubblicato|datum|date)\\s*(am|on|le|el|il|:)?\\s*[:\\-–]?\\s*(\\p{L}+\\.?,?\\s*)?$");
  private static final Pattern UPDATED_LABEL =
      Pattern.compile(
          "(?iu)(stand|aktualisiert|zuletzt|letzte änderung|geändert|updated|last modified"
              + "|modified|mis à jour|\\$date)\\s*(am|on|le|:)?\\s*[:\\-–\\[]?\\s*(\\p{L}+\\.?,?\\s*)?$");

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
    LocalDate updated = null;
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
      if (updated == null && UPDATED_LABEL.matcher(before).find()) {
        updated = date.date();
      }
      int distance = Math.abs(date.start() - title);
      if (distance < nearestDistance) {
        nearest = date.date();
        nearestDistance = distance;
      }
    }
    return updated != null ? updated : nearest;
  }

  /** The day a plain text opens with, or that a line near its start holds. */
  LocalDate atStart(String text) {
    if (text == null) {
      return null;
    }
    String head = text.strip();
    List<WrittenDate> dates = values.expressions().find(head, false);
    for (WrittenDate date : dates) {
      if (date.start() > OPENING) {
        break;
      }
      if (date.precision() == DatePrecision.DAY && values.plausible(date.date()) != null) {
        return date.date();
      }
    }
    return null;
  }
}
