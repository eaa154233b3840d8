package newsarchive.ingest.dates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date as some text writes it: its span in that text (UTF-16 offsets, end exclusive), the date it
 * names and how precise it is. For month and year precision {@code date} is the first day of the
 * period. Immutable.
 */
record WrittenDate(int start, int end, LocalDate date, DatePrecision precision) {
  WrittenDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad date span " + start + ".." + end);
    }
  }
}
