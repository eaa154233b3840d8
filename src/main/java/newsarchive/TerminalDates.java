package newsarchive;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import newsarchive.search.InvalidQueryException;

/** Reads --from and --to for the terminal search, with the same sentence as the API. */
final class TerminalDates {
  private TerminalDates() {}

  static LocalDate parse(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidQueryException(
          name + " must be a real date written YYYY-MM-DD, not '" + value + "'.");
    }
  }
}
