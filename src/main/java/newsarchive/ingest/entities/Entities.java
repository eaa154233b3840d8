package newsarchive.ingest.entities;

import java.util.List;

/** The factions and places an {@link EntityTagger} found in one text. Immutable. */
public record Entities(List<FactionTag> factions, List<PlaceTag> locations) {
  public Entities {
    factions = List.copyOf(factions);
    locations = List.copyOf(locations);
  }
}
