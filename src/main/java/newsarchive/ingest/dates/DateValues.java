package newsarchive.ingest.dates;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
      Pattern.compile("^\\s*((?:19|20)\\d\\d)-?([01]?\\d)-?([0-3]?\\d)(?=[T\\s_+]|$|Z)");
  private static final Pattern TIME_AND_OFFSET =
      Pattern.compile(
          "(?<![\\d:])([0-2]?\\d):([0-5]\\d)(?::([0-5]\\d)(?:[.,]\\d+)?)?\\s*"
              + "(Z|UTC|GMT|[+-]\\d\\d:?\\d\\d)?");
  private static final Pattern UNIX_SECONDS = Pattern.compile("^\\s*(1[0-9]{9})(\\d{3})?\\s*$");

  private final DateExpressions expressions;
  private final LocalDate latest;

  DateValues(LocalDate latest) {
    this.expressions = new DateExpressions(MonthNames.multilingual(), true, false);
    this.latest = latest;
  }

  /** The date in {@code value} with its time and offset when given, or null. */
  Stamp stamp(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher iso = ISO_START.matcher(value);
    if (iso.find()) {
      LocalDate date = plausible(iso.group(1), iso.group(2), iso.group(3));
      return date == null ? null : withTime(date, value.substring(iso.end()));
    }
    Matcher unix = UNIX_SECONDS.matcher(value);
    if (unix.find()) {
      Instant instant = Instant.ofEpochSecond(Long.parseLong(unix.group(1)));
      LocalDate date = plausible(instant.atZone(ZoneOffset.UTC).toLocalDate());
      return date == null
          ? null
          : new Stamp(date, instant.atZone(ZoneOffset.UTC).toLocalTime(), ZoneOffset.UTC);
    }
    for (WrittenDate written : expressions.find(value, false)) {
      if (written.precision() == DatePrecision.DAY) {
        LocalDate date = plausible(written.date());
        return date == null ? null : withTime(date, value.substring(written.end()));
      }
    }
    return null;
  }

  /** The first plausible day-precision date written in free text, or null. */
  WrittenDate firstInText(String text, boolean monthFirst) {
    for (WrittenDate date : expressions.find(text, monthFirst)) {
      if (date.precision() == DatePrecision.DAY && plausible(date.date()) != null) {
        return date;
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

  private LocalDate plausible(String year, String month, String day) {
    try {
      return plausible(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Stamp withTime(LocalDate date, String rest) {
    Matcher m = TIME_AND_OFFSET.matcher(rest);
    if (!m.find() || m.start() > 3) {
      return Stamp.day(date);
    }
    try {
      LocalTime time =
          LocalTime.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
      return new Stamp(date, time, offsetOf(m.group(4)));
    } catch (DateTimeException e) {
      return Stamp.day(date);
    }
  }

  private static ZoneOffset offsetOf(String text) {
    if (text == null) {
      return null;
    }
    if (text.equals("Z") || text.equals("UTC") || text.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = text.replace(":", "");
    return ZoneOffset.ofHoursMinutes(
        Integer.parseInt(digits.substring(0, 3)),
        Integer.parseInt(digits.charAt(0) + digits.substring(3, 5)));
  }
}
