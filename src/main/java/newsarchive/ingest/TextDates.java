package newsarchive.ingest;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The last resort of {@link PublicationDateFinder}: dates written in a page's or a plain text's
 * words. Immutable and thread-safe.
 */
final class TextDates {
  /** How far into a plain text its opening date may sit. */
  private static final int OPENING = 120;

  private final DateValues values;

  TextDates(DateValues values) {
    this.values = values;
  }

  /** The first plausible day written after the page's headline, else anywhere; or null. */
  LocalDate inPage(Document doc, boolean monthFirst) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    return values.firstInText(body.text(), monthFirst);
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
