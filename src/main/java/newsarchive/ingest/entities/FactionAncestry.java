package newsarchive.ingest.entities;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.gazetteer.GazetteerEntry;

/**
 * The larger groups a faction belongs to, nearest first (a brigade → the Free Syrian Army), from
 * the gazetteer's parent links; loops in the data end the walk. Thread-safe.
 */
public final class FactionAncestry implements Function<FactionTag, Set<String>> {
  private static final int MAX_DEPTH = 8;
  private final Gazetteer gazetteer;

  public FactionAncestry(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public Set<String> apply(FactionTag faction) {
    Set<String> ancestors = new LinkedHashSet<>();
    String parent = faction.parent();
    while (parent != null
        && ancestors.size() < MAX_DEPTH
        && !parent.equals(faction.name())
        && ancestors.add(parent)) {
      parent = gazetteer.byCanonicalName(parent).map(GazetteerEntry::parent).orElse(null);
    }
    return ancestors;
  }
}
