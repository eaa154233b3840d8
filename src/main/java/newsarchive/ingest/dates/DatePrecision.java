package newsarchive.ingest.dates;

import java.time.LocalDate;
import java.util.Locale;

/** How much of a date a text names: a whole year, a month, or one day. */
enum DatePrecision {
  YEAR,
  MONTH,
  DAY;

  /** The name used in the extraction JSON: "year", "month" or "day". */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The date cut to this precision: {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}. */
  String format(LocalDate date) {
    return switch (this) {
      case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case DAY -> date.toString();
    };
  }
}
