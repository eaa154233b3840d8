package newsarchive.ingest.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that content systems put into article addresses: {@code /2017/05/29/}, {@code
 * /2017-05-29-title}, {@code /20170529/} or {@code /29-10-2021}. Immutable and thread-safe.
 */
final class UrlDates {
  /** One way of writing a day into an address, with the groups holding its parts. */
  private record Form(Pattern pattern, int year, int month, int day) {}

  private static final List<Form> FORMS =
      List.of(
          new Form(Pattern.compile("/((?:19|20)\\d\\d)/([01]?\\d)/([0-3]?\\d)/"), 1, 2, 3),
          new Form(
              Pattern.compile(
                  "(?<!\\d)((?:19|20)\\d\\d)([/_.-]?)([01]\\d)\\2([0-3]\\d)(?:[/_.-]|\\.html?|$)"),
              1,
              3,
              4),
          new Form(
              Pattern.compile(
                  "(?<!\\d)([0-3]\\d)-([01]\\d)-((?:19|20)\\d\\d)(?:[/_.-]|\\.html?|$)"),
              3,
              2,
              1));

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
    for (Form form : FORMS) {
      Matcher m = form.pattern().matcher(path);
      while (m.find()) {
        try {
          LocalDate date =
              LocalDate.of(
                  Integer.parseInt(m.group(form.year())),
                  Integer.parseInt(m.group(form.month())),
                  Integer.parseInt(m.group(form.day())));
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
