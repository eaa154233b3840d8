package newsarchive.ingest.entities;

import java.util.List;
import newsarchive.gazetteer.AliasTarget;

/**
 * A run of tokens {@code [first, last]} of a text whose words form an alias, with the entries that
 * alias may stand for (all of one kind: factions win over places). Immutable.
 */
record AliasMatch(int first, int last, List<AliasTarget> targets, boolean place) {
  AliasMatch {
    targets = List.copyOf(targets);
  }
}
