package newsarchive.tools.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import newsarchive.ingest.entities.FactionTag;

/**
 * Maps tagged factions to FA-KES's actor classes. A faction counts for a class when it, or a larger
 * group it belongs to, is one of the class's groups; the Syrian opposition class also takes every
 * armed group whose line ends in the Free Syrian Army or the Syrian National Army. Factions of no
 * class (Hezbollah, the Peshmerga, foreign armies outside the coalition) count for none.
 * Thread-safe.
 */
final class ActorClasses {
  static final String GOVERNMENT = "syrian government or russian troops";
  static final String ISLAMIC_STATE =
      "the organization of the islamic state in iraq and the levant - isis";
  static final String COALITION = "international coalition forces";
  static final String OPPOSITION = "armed opposition groups";
  static final String SELF_ADMINISTRATION = "self administration forces";
  static final String NUSRA = "al-nusra front";

  /** The classes, each with the canonical names of the groups at the head of a line. */
  private static final Map<String, List<String>> HEADS =
      Map.of(
          GOVERNMENT, List.of("Syrian government forces", "Russian armed forces", "Wagner Group"),
          ISLAMIC_STATE, List.of("Islamic State"),
          COALITION,
              List.of(
                  "U.S.-led coalition",
                  "U.S. armed forces",
                  "British armed forces",
                  "French armed forces"),
          OPPOSITION,
              List.of(
                  "Free Syrian Army",
                  "Syrian National Army",
                  "Jaysh al-Islam",
                  "Ahrar al-Sham",
                  "Islamic Front",
                  "Jaysh al-Fatah",
                  "Nour al-Din al-Zenki",
                  "Levant Front",
                  "Syrian National Coalition"),
          SELF_ADMINISTRATION,
              List.of("Syrian Democratic Forces", "Asayish", "Democratic Union Party"),
          NUSRA, List.of("Hayat Tahrir al-Sham"));

  private final Function<FactionTag, Set<String>> ancestry;

  ActorClasses(Function<FactionTag, Set<String>> ancestry) {
    this.ancestry = Objects.requireNonNull(ancestry, "ancestry");
  }

  /** Whether the label is one of the classes scored ("unknown" and the rest are not). */
  static boolean isKnown(String label) {
    return HEADS.containsKey(label);
  }

  /** The class of one faction, if it has one. */
  Optional<String> classOf(FactionTag faction) {
    Set<String> line = new LinkedHashSet<>();
    line.add(faction.name());
    line.addAll(ancestry.apply(faction));
    for (Map.Entry<String, List<String>> e : HEADS.entrySet()) {
      if (e.getValue().stream().anyMatch(line::contains)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** The classes of all the factions of an article. */
  Set<String> classesOf(List<FactionTag> factions) {
    Set<String> out = new LinkedHashSet<>();
    factions.forEach(f -> classOf(f).ifPresent(out::add));
    return out;
  }
}
