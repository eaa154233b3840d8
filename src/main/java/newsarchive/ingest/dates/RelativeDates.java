package newsarchive.ingest.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds dates that only mean something against the day an article was published, and resolves them
 * the way news writing uses them: "yesterday", "last year", "earlier this month", "two weeks ago"
 * (the day fourteen days before), "on Tuesday" (the latest Tuesday on or before publication), "in
 * March" (the latest March not after publication, or the coming one after "next"), "May 29" (in the
 * year of publication unless that is months ahead). Spans of time ("over the last year", "the past
 * two weeks", "five months") are not dates and are left alone. Immutable and thread-safe.
 */
final class RelativeDates {
  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12));

  private static final String MONTH =
      "(?<month>January|February|March|April|May|June|July|August|September|October|November"
          + "|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
  private static final String WEEKDAY =
      "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  private static final Pattern YESTERDAY = Pattern.compile("(?i)(?<!\\p{L})yesterday(?!\\p{L})");
  private static final Pattern THIS_OR_LAST =
      Pattern.compile(
          "(?i)(?<!\\p{L})(?:(?<which>last|this|next)|(?:earlier|later|early|late)\\s+"
              + "(?<which2>this|last))\\s+(?<unit>year|month)(?!\\p{L})");
  private static final Pattern AGO =
      Pattern.compile(
          "(?i)(?<!\\p{L})(?<count>\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
              + "|eleven|twelve)\\s+(?<unit>day|week|month|year)s?\\s+ago(?!\\p{L})");
  private static final Pattern ON_WEEKDAY =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?<when>on|last|next|this|since|until|till|by|late|early|from|and|or)"
              + "\\s+)?"
              + WEEKDAY
              + "(?!\\p{L})(?<after>'s|’s|\\s+(?:night|morning|afternoon|evening))?");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:(?<day1>[0-3]?\\d)(?:st|nd|rd|th)?\\s+"
              + MONTH
              + "|"
              + MONTH.replace("month>", "month2>")
              + "\\s+(?<day2>[0-3]?\\d)(?:st|nd|rd|th)?)(?![\\p{L}\\d]|,?\\s*(?:19|20)\\d\\d)");
  private static final Pattern MONTH_ALONE =
      Pattern.compile(
          "(?<![\\p{L}])(?<when>in|since|until|till|by|during|early|late|mid-|last|next|this"
              + "|from|of|before|after|end of|beginning of)\\s*"
              + MONTH
              + "(?![\\p{L}]|\\s+(?:[0-3]?\\d(?!\\d)|(?:19|20)\\d\\d))");

  // Every match of each pattern contains one of these words; see AnchoredMatches.
  private static final List<String> WEEKDAYS =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
  private static final List<String> MONTHS =
      List.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "Sep",
          "October",
          "November",
          "December",
          "Jan.",
          "Feb.",
          "Aug.",
          "Oct.",
          "Nov.",
          "Dec.");
  private static final AnchoredMatches YESTERDAY_NEAR =
      new AnchoredMatches(YESTERDAY, List.of("yesterday"), true, 1, 1);
  private static final AnchoredMatches THIS_OR_LAST_NEAR =
      new AnchoredMatches(THIS_OR_LAST, List.of("year", "month"), true, 24, 2);
  private static final AnchoredMatches AGO_NEAR =
      new AnchoredMatches(AGO, List.of("ago"), true, 32, 1);
  private static final AnchoredMatches ON_WEEKDAY_NEAR =
      new AnchoredMatches(ON_WEEKDAY, WEEKDAYS, false, 8, 16);
  private static final AnchoredMatches DAY_MONTH_NEAR =
      new AnchoredMatches(DAY_MONTH, MONTHS, false, 8, 8);
  private static final AnchoredMatches MONTH_ALONE_NEAR =
      new AnchoredMatches(MONTH_ALONE, MONTHS, false, 16, 2);
  private static final AnchorScanner SCANNER =
      new AnchorScanner(
          List.of(
              YESTERDAY_NEAR,
              THIS_OR_LAST_NEAR,
              AGO_NEAR,
              ON_WEEKDAY_NEAR,
              DAY_MONTH_NEAR,
              MONTH_ALONE_NEAR));

  /** Words before a relative phrase that make it a span: "over the last year". */
  private static final Pattern SPAN_BEFORE =
      Pattern.compile("(?i)(?:the|past|over|for|within|throughout)\\s+$");

  /** How far after publication a date without a year may lie and still be in that year. */
  private static final int FUTURE_REACH_DAYS = 60;

  private final MonthNames months = MonthNames.english();

  /** Every relative date in {@code text}, resolved against {@code published}, in any order. */
  List<WrittenDate> find(String text, LocalDate published) {
    List<WrittenDate> found = new ArrayList<>();
    AnchorScanner.Found near = SCANNER.in(text);
    for (MatchResult m : near.of(YESTERDAY_NEAR)) {
      found.add(day(m, published.minusDays(1)));
    }
    for (MatchResult m : near.of(THIS_OR_LAST_NEAR)) {
      if (isSpan(text, m.start())) {
        continue;
      }
      String which = (m.group("which") != null ? m.group("which") : m.group("which2"));
      int shift =
          switch (which.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
          };
      boolean year = m.group("unit").equalsIgnoreCase("year");
      found.add(
          year
              ? new WrittenDate(
                  m.start(),
                  m.end(),
                  LocalDate.of(published.getYear() + shift, 1, 1),
                  DatePrecision.YEAR)
              : new WrittenDate(
                  m.start(),
                  m.end(),
                  published.withDayOfMonth(1).plusMonths(shift),
                  DatePrecision.MONTH));
    }
    for (MatchResult m : near.of(AGO_NEAR)) {
      String count = m.group("count").toLowerCase(Locale.ROOT);
      int n = NUMBER_WORDS.containsKey(count) ? NUMBER_WORDS.get(count) : Integer.parseInt(count);
      found.add(
          switch (m.group("unit").toLowerCase(Locale.ROOT)) {
            case "day" -> day(m, published.minusDays(n));
            case "week" -> day(m, published.minusWeeks(n));
            case "month" ->
                new WrittenDate(
                    m.start(),
                    m.end(),
                    published.withDayOfMonth(1).minusMonths(n),
                    DatePrecision.MONTH);
            default ->
                new WrittenDate(
                    m.start(),
                    m.end(),
                    LocalDate.of(published.getYear() - n, 1, 1),
                    DatePrecision.YEAR);
          });
    }
    for (MatchResult m : near.of(ON_WEEKDAY_NEAR)) {
      String when = m.group("when");
      if (when == null && m.group("after") == null) {
        continue; // a bare "Friday" may be a name ("Black Friday"); news says "on Friday"
      }
      DayOfWeek weekday = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
      LocalDate date =
          switch (when == null ? "" : when.toLowerCase(Locale.ROOT)) {
            case "last" -> published.with(TemporalAdjusters.previous(weekday));
            case "next" -> published.with(TemporalAdjusters.next(weekday));
            default -> published.with(TemporalAdjusters.previousOrSame(weekday));
          };
      int start = m.start("weekday");
      if ("last".equalsIgnoreCase(when) || "next".equalsIgnoreCase(when)) {
        start = m.start();
      }
      found.add(new WrittenDate(start, m.end("weekday"), date, DatePrecision.DAY));
    }
    for (MatchResult m : near.of(DAY_MONTH_NEAR)) {
      boolean dayFirst = m.group("day1") != null;
      int month = months.monthOf(dayFirst ? m.group("month") : m.group("month2"));
      int dayOfMonth = Integer.parseInt(dayFirst ? m.group("day1") : m.group("day2"));
      LocalDate date = nearPublication(published, month, dayOfMonth);
      if (date != null) {
        found.add(day(m, date));
      }
    }
    for (MatchResult m : near.of(MONTH_ALONE_NEAR)) {
      int month = months.monthOf(m.group("month"));
      String when = m.group("when").toLowerCase(Locale.ROOT);
      int year = published.getYear();
      if (when.equals("next")) {
        year += month <= published.getMonthValue() ? 1 : 0;
      } else if (month > published.getMonthValue()
          || (when.equals("last") && month == published.getMonthValue())) {
        year -= 1;
      }
      found.add(
          new WrittenDate(
              m.start("month"), m.end("month"), LocalDate.of(year, month, 1), DatePrecision.MONTH));
    }
    return found;
  }

  private static boolean isSpan(String text, int start) {
    return SPAN_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find();
  }

  private static WrittenDate day(MatchResult m, LocalDate date) {
    return new WrittenDate(m.start(), m.end(), date, DatePrecision.DAY);
  }

  /**
   * The date with this month and day in the year of publication, or the year before when that would
   * lie far after publication (an article of 3 January speaks of "December 28" of the year before,
   * one of 20 May of "May 29" ahead); null when the day does not exist.
   */
  private static LocalDate nearPublication(LocalDate published, int month, int dayOfMonth) {
    try {
      LocalDate date = LocalDate.of(published.getYear(), month, dayOfMonth);
      return date.isAfter(published.plusDays(FUTURE_REACH_DAYS)) ? date.minusYears(1) : date;
    } catch (java.time.DateTimeException e) {
      return null; // "30 February", or 29 February outside a leap year
    }
  }
}
