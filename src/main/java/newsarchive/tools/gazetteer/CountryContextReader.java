package newsarchive.tools.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsarchive.gazetteer.NameTokenizer;

/**
 * Reads each country's neighbours from GeoNames' country table and the adjectives for its people
 * from the Phoenix country dictionary, whose country blocks ({@code ISRAEL_ [ISR]}) list them among
 * their {@code +ALIAS} lines with cities and leaders: only one-word aliases with an adjective's
 * ending that name no place are kept. Not thread-safe; one build.
 */
final class CountryContextReader {

  // "ISRAEL_  [ISR]", or a heading without its code ("IRAQ_") that is a country's name.
  private static final Pattern COUNTRY =
      Pattern.compile("^([A-Z_]+?)_\\s*(?:\\[([A-Z]{3})\\])?\\s*(?:#.*)?$");
  private static final Pattern DEMONYM =
      Pattern.compile("[A-Z]+(ANS?|IS?|ISH|ESE|EANS?|CH|ICS?|OTS?|INES?|ERS?)_?");

  private final Path gazetteerDir;
  private final Path actorsDir;

  CountryContextReader(Path gazetteerDir, Path actorsDir) {
    this.gazetteerDir = gazetteerDir;
    this.actorsDir = actorsDir;
  }

  /** Neighbours by ISO code. */
  Map<String, Set<String>> neighbours() throws IOException {
    Map<String, Set<String>> out = new TreeMap<>();
    for (String line : Files.readAllLines(gazetteerDir.resolve("geonames_countryInfo.txt"))) {
      String[] c = line.split("\t", -1);
      if (!line.startsWith("#") && c.length > 17) {
        Set<String> set = new TreeSet<>();
        for (String n : c[17].split(",")) {
          if (!n.isBlank()) {
            set.add(n.strip());
          }
        }
        out.put(c[0], set);
      }
    }
    return out;
  }

  /**
   * Demonym keys by ISO code; {@code placeKeys} are the keys of every place alias, which a demonym
   * must not be ("Tehran" is a city, not an adjective).
   */
  Map<String, Set<String>> demonyms(Set<String> placeKeys) throws IOException {
    Map<String, String> iso2ByIso3 = new HashMap<>();
    Map<String, String> iso2ByName = new HashMap<>();
    for (String line : Files.readAllLines(gazetteerDir.resolve("geonames_countryInfo.txt"))) {
      String[] c = line.split("\t", -1);
      if (!line.startsWith("#") && c.length > 4) {
        iso2ByIso3.put(c[1], c[0]);
        iso2ByName.put(NameTokenizer.key(c[4]), c[0]);
      }
    }
    Map<String, Set<String>> out = new TreeMap<>();
    String country = null;
    for (String line :
        Files.readAllLines(
            actorsDir.resolve("Phoenix.Countries.actors.txt"), StandardCharsets.ISO_8859_1)) {
      Matcher heading = COUNTRY.matcher(line);
      if (heading.matches()) {
        country =
            heading.group(2) != null
                ? iso2ByIso3.get(heading.group(2))
                : iso2ByName.get(NameTokenizer.key(heading.group(1).replace('_', ' ')));
        continue;
      }
      if (!line.startsWith("+")) {
        if (!line.startsWith("\t") && !line.isBlank() && !line.startsWith("#")) {
          country = null; // the next actor, a person or a body: its aliases are no demonyms
        }
        continue;
      }
      String alias = line.substring(1).strip();
      if (country == null || (alias.indexOf('_') >= 0 && !alias.endsWith("_"))) {
        continue;
      }
      if (!DEMONYM.matcher(alias).matches()) {
        continue;
      }
      String key = NameTokenizer.key(alias.replace("_", ""));
      if (key.length() >= 4 && !placeKeys.contains(key)) {
        out.computeIfAbsent(country, k -> new TreeSet<>()).add(key);
      }
    }
    return out;
  }
}
