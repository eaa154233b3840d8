package newsarchive.ingest;

import java.util.Optional;

public final class Gazetteer {
  public static Gazetteer load() {
    return new Gazetteer();
  }

  public Optional<GazetteerEntry> resolve(String phrase) {
    return Optional.empty();
  }

  public Optional<GazetteerEntry> byCanonicalName(String name) {
    return Optional.empty();
  }
}
