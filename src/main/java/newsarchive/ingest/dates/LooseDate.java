package newsarchive.ingest.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date column of an article dump, in the forms dumps use: ISO dates and timestamps,
 * US-style {@code M/D/YY} (as in FA-KES), {@code D.M.YYYY}, and English month names. Stateless.
 */
public final class LooseDate {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2}).*");
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
  private static final List<DateTimeFormatter> WORDED =
      List.of(
          pattern("MMMM d, uuuu"),
          pattern("MMM d, uuuu"),
          pattern("d MMMM uuuu"),
          pattern("d MMM uuuu"),
          pattern("EEE, d MMM uuuu"),
          pattern("EEEE, d MMMM uuuu"));

  private LooseDate() {}

  public static Optional<LocalDate> parse(String raw) {
    String s = raw.strip();
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        return Optional.of(date(m.group(1), m.group(2), m.group(3)));
      }
      m = SLASHED.matcher(s);
      if (m.matches()) {
        String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
        return Optional.of(date(year, m.group(1), m.group(2)));
      }
      m = DOTTED.matcher(s);
      if (m.matches()) {
        return Optional.of(date(m.group(3), m.group(2), m.group(1)));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    String words = s.replaceAll("\\s+", " ").replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
    for (DateTimeFormatter f : WORDED) {
      try {
        return Optional.of(LocalDate.parse(words, f));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  private static LocalDate date(String year, String month, String day) {
    return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
  }

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(p)
        .toFormatter(Locale.ENGLISH);
  }
}
