package newsarchive.ingest.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.gazetteer.NameToken;

/**
 * Finds the parties reporters name by description rather than by name: "the regime", "the Assad
 * regime", "regime troops", "government forces" and "the coalition". A description names a party
 * only in its setting: the regime and government forces are Syria's in an article set in Syria
 * (government forces are Iraq's in one set in Iraq alone), and the coalition is the coalition the
 * article names elsewhere, else the U.S.-led one in Syria and Iraq or the Saudi-led one in Yemen.
 * Outside those settings a description is left alone. Thread-safe (immutable).
 */
final class DescriptiveFactions {

  /** A description found: its tokens and the canonical name of the party it stands for. */
  record Found(int first, int last, int entry) {}

  private static final Set<String> FORCE_WORDS = Set.of("forces", "troops", "soldiers");
  // Words after "regime" or "coalition" that make it some other thing's ("the regime of Saddam",
  // "the coalition government", "the regime change").
  private static final Set<String> NOT_AFTER =
      Set.of(
          "of", "in", "that", "change", "government", "partner", "partners", "talks", "agreement");

  private final Gazetteer gazetteer;
  private final int syrianForces;
  private final int iraqiForces;
  private final int usCoalition;
  private final int saudiCoalition;

  DescriptiveFactions(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.syrianForces = index(gazetteer, "Syrian government forces");
    this.iraqiForces = index(gazetteer, "Iraqi security forces");
    this.usCoalition = index(gazetteer, "U.S.-led coalition");
    this.saudiCoalition = index(gazetteer, "Saudi-led coalition");
  }

  private static int index(Gazetteer gazetteer, String canonical) {
    return gazetteer.indexOfCanonicalName(canonical);
  }

  /**
   * The descriptions among {@code tokens} outside every alias match ({@code named}), given the
   * article's scene (place mentions by country code, settings counting once) and the factions it
   * names by name (mention counts by entry index).
   */
  List<Found> find(
      String text,
      List<NameToken> tokens,
      boolean[] named,
      Map<String, Integer> scene,
      Map<Integer, Integer> factions) {
    int syrian = scene.getOrDefault("SY", 0);
    int iraqi = scene.getOrDefault("IQ", 0);
    boolean syria = syrian > 0;
    boolean iraq = iraqi > 0;
    // An article on Iraq that names Syria in passing: its government forces are Iraq's.
    int government = syria && syrian >= iraqi ? syrianForces : iraq ? iraqiForces : -1;
    int coalition = namedCoalition(factions);
    if (coalition < 0) {
      coalition = syria || iraq ? usCoalition : scene.containsKey("YE") ? saudiCoalition : -1;
    }
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (named[i]) {
        continue;
      }
      String key = tokens.get(i).key();
      String next =
          i + 1 < tokens.size() && !tokens.get(i + 1).breakBefore() ? key(tokens, i + 1) : "";
      boolean nextFree = i + 1 < tokens.size() && !named[i + 1];
      boolean afterThe = i > 0 && key(tokens, i - 1).equals("the") && !tokens.get(i).breakBefore();
      if (key.equals("regime") && syria && !NOT_AFTER.contains(next)) {
        int first = i;
        if (i > 0 && !named[i - 1] && key(tokens, i - 1).equals("assad")) {
          first = i - 1; // "the Assad regime"
        }
        boolean described = afterThe || first < i || (FORCE_WORDS.contains(next) && nextFree);
        int last = FORCE_WORDS.contains(next) && nextFree ? i + 1 : i;
        if (described && syrianForces >= 0) {
          out.add(new Found(first, last, syrianForces));
          i = last;
        }
      } else if (key.equals("government")
          && government >= 0
          && FORCE_WORDS.contains(next)
          && nextFree) {
        out.add(new Found(i, i + 1, government));
        i++;
      } else if (key.equals("coalition")
          && coalition >= 0
          && !NOT_AFTER.contains(next)
          && (afterThe || (FORCE_WORDS.contains(next) && nextFree))) {
        int last = FORCE_WORDS.contains(next) && nextFree ? i + 1 : i;
        out.add(new Found(i, last, coalition));
        i = last;
      }
    }
    return out;
  }

  // "The Saudi-led coalition ... the coalition", "the Syrian National Coalition ... the coalition":
  // the one the article names most often.
  private int namedCoalition(Map<Integer, Integer> factions) {
    int best = -1;
    int most = 0;
    for (Map.Entry<Integer, Integer> f : factions.entrySet()) {
      String canonical = gazetteer.entry(f.getKey()).canonical().toLowerCase(Locale.ROOT);
      if (canonical.endsWith("coalition") && f.getValue() > most) {
        best = f.getKey();
        most = f.getValue();
      }
    }
    return best;
  }

  private static String key(List<NameToken> tokens, int i) {
    return tokens.get(i).key();
  }
}
