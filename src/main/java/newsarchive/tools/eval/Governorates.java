package newsarchive.tools.eval;

import java.util.Map;
import java.util.Objects;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.gazetteer.GazetteerEntry;
import newsarchive.ingest.entities.PlaceTag;

/**
 * Decides whether a tagged place lies in a governorate named by a dataset label. Both the label
 * ("deir ezzor", "hasakeh") and a place's first-level division ("Deir ez-Zor", "Al-Hasakah",
 * "Dimashq") are resolved through the gazetteer's aliases to the place they are named after, so
 * spellings meet without a table of their own. Thread-safe.
 */
final class Governorates {
  // FA-KES labels each article with one of 12 governorate names and has none for Rif Dimashq
  // (the countryside around the capital: Ghouta, Douma, Daraya), whose articles it files under
  // "damascus"; a place there therefore counts for Damascus.
  private static final Map<String, String> FILED_UNDER = Map.of("Rif-dimashq", "Damascus");

  private final Gazetteer gazetteer;

  Governorates(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /**
   * The name the label stands for after resolution, or the label itself if the gazetteer lacks it.
   */
  String key(String label) {
    String name = label.strip();
    String resolved =
        gazetteer
            .resolve(name)
            .filter(e -> e.kind() == GazetteerEntry.Kind.PLACE)
            .map(GazetteerEntry::canonical)
            .orElse(name);
    return FILED_UNDER.getOrDefault(resolved, resolved);
  }

  /** Whether {@code place} is the governorate of {@code labelKey} or lies inside it. */
  boolean contains(String labelKey, PlaceTag place) {
    if (place.admin1() != null && key(place.admin1()).equals(labelKey)) {
      return true;
    }
    // A Syrian place with no division recorded counts when it is the named place itself.
    return "SY".equals(place.country()) && key(place.name()).equals(labelKey);
  }
}
