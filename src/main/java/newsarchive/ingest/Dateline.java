package newsarchive.ingest;

import java.util.Optional;

public final class Dateline {
  public static Optional<String> find(String body) {
    return Optional.empty();
  }
}
