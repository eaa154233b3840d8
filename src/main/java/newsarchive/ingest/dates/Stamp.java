package newsarchive.ingest.dates;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A date as a page states it, with the time of day and UTC offset when it gives them. Kept apart
 * because a stamp in UTC ("2023-11-09T03:28:35Z") names the evening before for a publisher in New
 * York and the morning of that day in Berlin. Immutable.
 */
record Stamp(LocalDate date, LocalTime time, ZoneOffset offset) {
  Stamp {
    Objects.requireNonNull(date, "date");
  }

  static Stamp day(LocalDate date) {
    return date == null ? null : new Stamp(date, null, null);
  }

  /** True when the stamp is an instant given in UTC, whose local day depends on the zone. */
  boolean isUtcInstant() {
    // Midnight sharp is how systems write a bare date, not an instant.
    return time != null && !time.equals(LocalTime.MIDNIGHT) && ZoneOffset.UTC.equals(offset);
  }

  /** The day this stamp falls on in {@code zone}; a stamp with a local offset keeps its day. */
  LocalDate dayIn(ZoneId zone) {
    if (zone == null || !isUtcInstant()) {
      return date;
    }
    return OffsetDateTime.of(date, time, offset).atZoneSameInstant(zone).toLocalDate();
  }
}
