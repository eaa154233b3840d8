package newsarchive.saved;

import java.time.Instant;
import java.util.Objects;

/**
 * One saved search as the database keeps it: its name, the search as the page's query string
 * ({@code q=raqqa&faction=YPG}), when it was made and last looked at, and an optional webhook URL.
 * {@code seenMark} is the index's indexed mark when it was last looked at (articles indexed at or
 * after it are new); {@code webhookMark} is where its webhook's deliveries have reached. Immutable.
 */
public record SavedSearch(
    long id,
    String name,
    String query,
    Instant created,
    Instant lastSeen,
    String webhook,
    long seenMark,
    long webhookMark) {
  public SavedSearch {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(lastSeen, "lastSeen");
  }
}
