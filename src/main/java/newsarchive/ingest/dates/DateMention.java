package newsarchive.ingest.dates;

import java.util.Objects;

/**
 * A date named in an article body, normalised: {@code value} is {@code yyyy}, {@code yyyy-MM} or
 * {@code yyyy-MM-dd} as {@code precision} says (year, month, day). Offsets as in {@link Mention}.
 * Immutable.
 */
public record DateMention(String value, String precision, String text, int start, int end) {
  public DateMention {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(text, "text");
  }
}
