package newsarchive.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that content systems put into article addresses: {@code /2017/05/29/}, {@code
 * /2017-05-29-title}, {@code /20170529/}, or just {@code /2017/05/}. Immutable and thread-safe.
 */
final class UrlDates {
  private static final Pattern DAY =
      Pattern.compile(
          "(?<![\\d])((?:19|20)\\d\\d)([/_.-]?)([01]\\d)\\2([0-3]\\d)(?:[/_.-]|\\.html?|$)");
  private static final Pattern SPACED_DAY =
      Pattern.compile("/((?:19|20)\\d\\d)/([01]?\\d)/([0-3]?\\d)/");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(?<![\\d])([0-3]\\d)-([01]\\d)-((?:19|20)\\d\\d)(?:[/_.-]|\\.html?|$)");
  private static final Pattern MONTH = Pattern.compile("/((?:19|20)\\d\\d)[/_-]([01]?\\d)(?:/|$)");

  private final DateValues values;

  UrlDates(DateValues values) {
    this.values = values;
  }

  /** The day the address names, or null. */
  LocalDate day(String url) {
    if (url == null) {
      return null;
    }
    String path = pathOf(url);
    for (Pattern pattern : new Pattern[] {SPACED_DAY, DAY, DAY_FIRST}) {
      Matcher m = pattern.matcher(path);
      while (m.find()) {
        int yearGroup = pattern == DAY_FIRST ? 3 : 1;
        int monthGroup = pattern == DAY ? 3 : 2;
        int dayGroup = pattern == DAY ? 4 : pattern == DAY_FIRST ? 1 : 3;
        try {
          LocalDate date =
              LocalDate.of(
                  Integer.parseInt(m.group(yearGroup)),
                  Integer.parseInt(m.group(monthGroup)),
                  Integer.parseInt(m.group(dayGroup)));
          if (values.plausible(date) != null) {
            return date;
          }
        } catch (DateTimeException e) {
          // digits that only look like a date, such as an article number: keep looking
        }
      }
    }
    return null;
  }

  /** The month the address names, or null; also set when it names a whole day. */
  YearMonth month(String url) {
    LocalDate day = day(url);
    if (day != null) {
      return YearMonth.from(day);
    }
    if (url == null) {
      return null;
    }
    Matcher m = MONTH.matcher(pathOf(url));
    while (m.find()) {
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
        if (values.plausible(ym.atDay(1)) != null) {
          return ym;
        }
      }
    }
    return null;
  }

  private static String pathOf(String url) {
    // The host never holds the date, and a web.archive.org address holds the capture time first:
    // only the archived page's own path counts.
    String rest = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
    Matcher archived = Pattern.compile("^/web/\\d{8,14}[a-z_]*/(.*)$").matcher(rest);
    if (archived.find()) {
      rest = archived.group(1).replaceFirst("^[a-zA-Z]+://[^/]*", "");
    }
    return rest;
  }
}
