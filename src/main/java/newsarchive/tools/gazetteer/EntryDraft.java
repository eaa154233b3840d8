package newsarchive.tools.gazetteer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsarchive.gazetteer.GazetteerEntry;
import newsarchive.gazetteer.GazetteerFile;
import newsarchive.gazetteer.PlaceFacts;

/**
 * A gazetteer entry while {@link GazetteerBuilder} assembles it from several sources: mutable,
 * aliases in first-seen order. Not thread-safe; lives only during a build.
 */
final class EntryDraft {
  final GazetteerEntry.Kind kind;
  String canonical;
  String type;
  String parent;
  String country;
  String admin1;
  String admin1Code;
  double lat;
  double lon;
  Long geonameId;
  long population;
  String featureCode = "";
  boolean overlay;
  final Set<String> aliases = new LinkedHashSet<>();

  EntryDraft(GazetteerEntry.Kind kind, String canonical, String type) {
    this.kind = kind;
    this.canonical = canonical;
    this.type = type;
  }

  boolean isPlace() {
    return kind == GazetteerEntry.Kind.PLACE;
  }

  GazetteerFile.Row toRow(int prior) {
    Set<String> all = new LinkedHashSet<>();
    if (overlay) {
      all.add(canonical); // raw canonical names may be unfit to match (too short, a common word)
    }
    all.addAll(aliases);
    GazetteerEntry entry =
        new GazetteerEntry(
            canonical, kind, type, parent, isPlace() ? country : null, List.copyOf(all));
    PlaceFacts facts = isPlace() ? new PlaceFacts(admin1, lat, lon, geonameId, population) : null;
    return new GazetteerFile.Row(entry, facts, prior);
  }
}
