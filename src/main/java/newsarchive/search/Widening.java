package newsarchive.search;

import java.util.List;

/**
 * How one query term was widened: to a canonical entity and its aliases (ISIL → Islamic State:
 * Daesh, ISIS …), or to other spellings found in the archive (Salamah → Salameh). Immutable.
 */
public record Widening(String term, String canonical, List<String> variants) {
  public Widening {
    variants = List.copyOf(variants);
  }
}
