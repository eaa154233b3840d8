package newsarchive.tools.generate.outlets;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The date and time forms the outlets print. English names on purpose: the pages are English, and
 * the root locale abbreviates day names ("Mon" for "EEEE"). Thread-safe.
 */
public final class PrintedDates {
  private static final DateTimeFormatter MONTH_DAY_YEAR =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter WEEKDAY_DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_SLASH =
      DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
  private static final DateTimeFormatter CLOCK_12 =
      DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
  private static final DateTimeFormatter CLOCK_24 =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter SHORT_MONTH =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private PrintedDates() {}

  /** "2017-05-29T09:14:00+03:00". */
  public static String iso(ZonedDateTime time) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withNano(0));
  }

  /** "May 29, 2017". */
  static String monthDayYear(ZonedDateTime time) {
    return MONTH_DAY_YEAR.format(time);
  }

  /** "Monday 29 May 2017". */
  static String weekdayDayMonthYear(ZonedDateTime time) {
    return WEEKDAY_DAY_MONTH_YEAR.format(time);
  }

  /** "29/05/2017". */
  static String daySlash(ZonedDateTime time) {
    return DAY_SLASH.format(time);
  }

  /** "9:14 AM". */
  static String clock12(ZonedDateTime time) {
    return CLOCK_12.format(time);
  }

  /** "09:14". */
  static String clock24(ZonedDateTime time) {
    return CLOCK_24.format(time);
  }

  /** "29 May 2017". */
  static String shortMonth(ZonedDateTime time) {
    return SHORT_MONTH.format(time);
  }
}
