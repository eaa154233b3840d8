package newsarchive.ingest;

import java.util.List;

public final class EntityTagger {
  public EntityTagger(Gazetteer g) {}

  public Entities tag(String body) {
    return new Entities(List.of(), List.of());
  }
}
