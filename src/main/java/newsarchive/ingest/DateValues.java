package newsarchive.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one date from a short value meant for machines or a byline: an attribute such as {@code
 * content="2017-05-29T08:00:00+02:00"}, {@code datetime}, an RFC 1123 stamp, "20170529", Unix
 * seconds, or a written date in any language {@link MonthNames} knows. Dates outside the plausible
 * range of a web page are refused. Immutable and thread-safe.
 */
final class DateValues {
  /** Before this no page in an archive of the web was published. */
  static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

  private static final Pattern ISO_START =
      Pattern.compile(
          "^\\s*((?:19|20)\\d\\d)-?([01]\\d)-?([0-3]\\d)(?:[T\\s_]|$|[+-]\\d\\d:?\\d\\d)");
  private static final Pattern UNIX_SECONDS = Pattern.compile("^\\s*(1[0-9]{9})(\\d{3})?\\s*$");

  private final DateExpressions expressions;
  private final LocalDate latest;

  DateValues(LocalDate latest) {
    this.expressions = new DateExpressions(MonthNames.multilingual(), true, false);
    this.latest = latest;
  }

  /** The date in {@code value}, or null when there is none or it is out of range. */
  LocalDate parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher iso = ISO_START.matcher(value);
    if (iso.find()) {
      return plausible(iso.group(1) + "-" + iso.group(2) + "-" + iso.group(3));
    }
    Matcher unix = UNIX_SECONDS.matcher(value);
    if (unix.find()) {
      LocalDate date =
          Instant.ofEpochSecond(Long.parseLong(unix.group(1))).atZone(ZoneOffset.UTC).toLocalDate();
      return plausible(date);
    }
    return plausible(expressions.firstDay(value, false));
  }

  /** The first day-precision date written in free text, or null. */
  LocalDate firstInText(String text, boolean monthFirst) {
    for (WrittenDate date : expressions.find(text, monthFirst)) {
      if (date.precision() == DatePrecision.DAY && plausible(date.date()) != null) {
        return date.date();
      }
    }
    return null;
  }

  DateExpressions expressions() {
    return expressions;
  }

  LocalDate plausible(LocalDate date) {
    if (date == null || date.isBefore(EARLIEST) || date.isAfter(latest)) {
      return null;
    }
    return date;
  }

  private LocalDate plausible(String iso) {
    try {
      return plausible(LocalDate.parse(iso));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
