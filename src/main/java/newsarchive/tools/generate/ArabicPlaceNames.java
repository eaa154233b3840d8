package newsarchive.tools.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names of places in Syria, Iraq and their borderlands in Latin and Arabic script, looked up by a
 * story's dateline, for the photo captions of pages saved in windows-1256. Immutable.
 */
final class ArabicPlaceNames {
  /** One place: how English text spells it and how its Arabic name is written. */
  record Name(String latin, String arabic) {}

  private static final Name BAGHDAD = new Name("Baghdad", "\u0628\u063a\u062f\u0627\u062f");

  private final Map<String, Name> byDateline = new HashMap<>();

  ArabicPlaceNames() {
    for (String line : ResourceLines.read("arabic-place-names.tsv")) {
      List<String> columns = List.of(line.split("\t"));
      if (columns.size() != 3) {
        throw new IllegalStateException("bad line in arabic-place-names.tsv: " + line);
      }
      byDateline.put(columns.get(0), new Name(columns.get(1), columns.get(2)));
    }
  }

  /**
   * A caption naming the dateline's place in both scripts; for a dateline outside the region
   * (Washington, Geneva) it names Baghdad, where the Tigris Observer is printed, instead.
   */
  String caption(String dateline) {
    Name place = dateline == null ? null : forDateline(dateline);
    if (place == null) {
      return "Arabic newspapers on sale in "
          + BAGHDAD.latin()
          + " ("
          + BAGHDAD.arabic()
          + ") carry the news on their front pages.";
    }
    return "A road sign on the way into " + place.latin() + " (" + place.arabic() + ").";
  }

  private Name forDateline(String dateline) {
    int comma = dateline.indexOf(',');
    String city = (comma < 0 ? dateline : dateline.substring(0, comma)).strip();
    return byDateline.get(city.toUpperCase(Locale.ROOT));
  }
}
