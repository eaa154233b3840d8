package newsarchive.tools.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsarchive.gazetteer.NameTokenizer;

/**
 * Reads the hand-kept overlay (TSV files with a header line, kept in the repository): places and
 * factions the raw data lacks or names badly, words never to take as names, and aliases never to
 * use. Not thread-safe; one build.
 */
final class OverlayReader {

  /** One overlay place: a new place, or (with a GeoNames id) a correction of a GeoNames one. */
  record PlaceRow(
      String canonical,
      String type,
      String country,
      String admin1,
      Double lat,
      Double lon,
      Long geonameId,
      List<String> aliases) {}

  /** One overlay faction. */
  record FactionRow(String canonical, String type, String parent, List<String> aliases) {}

  private final Path dir;

  OverlayReader(Path overlayDir) {
    this.dir = overlayDir;
  }

  List<PlaceRow> places() throws IOException {
    List<PlaceRow> rows = new ArrayList<>();
    for (String[] c : rows("places.tsv", 8)) {
      rows.add(
          new PlaceRow(
              c[0],
              c[1],
              c[2],
              c[3],
              c[4].isEmpty() ? null : Double.valueOf(c[4]),
              c[5].isEmpty() ? null : Double.valueOf(c[5]),
              c[6].isEmpty() ? null : Long.valueOf(c[6]),
              split(c[7])));
    }
    return rows;
  }

  List<FactionRow> factions() throws IOException {
    List<FactionRow> rows = new ArrayList<>();
    for (String[] c : rows("factions.tsv", 4)) {
      rows.add(new FactionRow(c[0], c[1], c[2].isEmpty() ? null : c[2], split(c[3])));
    }
    return rows;
  }

  /**
   * The press's abbreviations of first-level divisions ("Tenn.", "W.Va."), by GeoNames division
   * code ("US.TN").
   */
  Map<String, List<String>> divisionAbbreviations() throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String[] c : rows("division-abbreviations.tsv", 2)) {
      for (String abbreviation : split(c[1])) {
        if (!abbreviation.endsWith(".")) {
          throw new IOException(
              "division-abbreviations.tsv: an abbreviation ends with its full stop: "
                  + abbreviation);
        }
        out.computeIfAbsent(c[0], k -> new ArrayList<>()).add(abbreviation);
      }
    }
    return out;
  }

  /** Keys of single words that raw data must not turn into names. */
  Set<String> notNames() throws IOException {
    return firstColumnKeys("not-names.tsv");
  }

  /** Keys of titles and given names that mark the next name as a person's. */
  Set<String> personWords() throws IOException {
    return firstColumnKeys("person-words.tsv");
  }

  /** Keys of aliases never to use. */
  Set<String> blockedAliases() throws IOException {
    return firstColumnKeys("blocked-aliases.tsv");
  }

  private Set<String> firstColumnKeys(String file) throws IOException {
    Set<String> keys = new HashSet<>();
    for (String[] c : rows(file, 2)) {
      keys.add(NameTokenizer.key(c[0]));
    }
    return keys;
  }

  private List<String[]> rows(String file, int columns) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve(file));
    List<String[]> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] given = line.split("\t", -1);
      if (given.length > columns) {
        throw new IOException(file + ": more than " + columns + " cells in: " + line);
      }
      String[] cells = new String[columns]; // trailing empty cells may be left off
      for (int i = 0; i < columns; i++) {
        cells[i] = i < given.length ? given[i].strip() : "";
      }
      out.add(cells);
    }
    return out;
  }

  private static List<String> split(String aliases) {
    List<String> out = new ArrayList<>();
    for (String alias : aliases.split("\\|")) {
      if (!alias.isBlank()) {
        out.add(alias.strip());
      }
    }
    return out;
  }
}
