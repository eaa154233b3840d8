package newsarchive.tools.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import newsarchive.gazetteer.GazetteerEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the GeoNames tables of the shared data folder (countries, first-level divisions, the Middle
 * East's populated places down to 500 people and the world's cities over 15,000) into place drafts,
 * keeping only Latin-script names fit to be aliases. Not thread-safe; one build.
 */
final class GeoNamesReader {

  /** The countries whose small towns the archive's reporting names (the cities500 subset). */
  static final Set<String> MENA =
      Set.of(
          "SY", "IQ", "JO", "LB", "TR", "IL", "PS", "IR", "YE", "LY", "EG", "SA", "KW", "QA", "BH",
          "AE", "OM", "CY");

  // Sections of cities (whose names repeat the city's), historical, abandoned, destroyed places.
  private static final Set<String> SKIPPED_CODES = Set.of("PPLX", "PPLH", "PPLQ", "PPLW");

  // Elsewhere only cities, capitals and provincial seats, under their GeoNames names: reporting
  // on the region names few foreign towns, and their alternate names (dozens of languages) match
  // Arabic names and English words ("Astana" is also Petropavl's, "Torn" Torun's). The overlay
  // adds the exonyms that matter (Geneva, Washington).
  private static final long WORLD_POPULATION = 100_000;

  // The smallest of the wider world's towns taken as localities.
  private static final long LOCALITY_POPULATION = 5_000;

  private final Path dir;
  private final AliasFilter filter;

  GeoNamesReader(Path gazetteerDir, AliasFilter filter) {
    this.dir = gazetteerDir;
    this.filter = filter;
  }

  /** Every country, with English names from Wikidata beside GeoNames' own. */
  List<EntryDraft> countries() throws IOException {
    Map<String, EntryDraft> byIso = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("geonames_countryInfo.txt"))) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      EntryDraft d = new EntryDraft(GazetteerEntry.Kind.PLACE, c[4], "country");
      d.country = c[0];
      d.geonameId = Long.valueOf(c[16]);
      d.population = c[7].isEmpty() ? 0 : Long.parseLong(c[7]);
      d.featureCode = "PCLI";
      addIfFit(d, c[4]);
      byIso.put(c[0], d);
    }
    try (BufferedReader reader =
        Files.newBufferedReader(dir.resolve("wikidata_country_aliases_2017.csv"))) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
        EntryDraft d = byIso.get(r.get("iso2c"));
        String label = r.get("label").strip();
        if (d != null && r.get("language").equals("en") && filter.acceptsRaw(label)) {
          d.aliases.add(label);
        }
      }
    }
    return new ArrayList<>(byIso.values());
  }

  /**
   * The first-level divisions of every country, by code such as "SY.04" or "US.TX": the press names
   * states and provinces everywhere ("Texas", "Alberta", "Sichuan").
   */
  Map<String, EntryDraft> admin1() throws IOException {
    Map<String, EntryDraft> byCode = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("geonames_admin1CodesASCII.tsv"))) {
      String[] c = line.split("\t", -1);
      if (line.startsWith("#") || c.length < 4) {
        continue;
      }
      EntryDraft d = new EntryDraft(GazetteerEntry.Kind.PLACE, c[2], "admin1");
      d.country = c[0].substring(0, 2);
      d.admin1 = c[2];
      d.admin1Code = c[0];
      d.geonameId = Long.valueOf(c[3]);
      d.featureCode = "ADM1";
      addIfFit(d, c[1]);
      addIfFit(d, c[2]);
      byCode.put(c[0], d);
    }
    return byCode;
  }

  /**
   * The second-level divisions named as counties or parishes ("Madison County", "Rapides Parish"):
   * the press names them with that word, so the name cannot be a person's or a common word. Other
   * second-level names (districts, rayons) stay out: alone they are often a town's or a word.
   */
  List<EntryDraft> counties(Map<String, String> admin1Names) throws IOException {
    List<EntryDraft> out = new ArrayList<>();
    JsonNode all = new ObjectMapper().readTree(dir.resolve("geonames_admin2.json").toFile());
    for (JsonNode node : all) {
      String code = node.path("code").asText();
      String name = node.path("name").asText().strip();
      String[] parts = code.split("\\.");
      if (parts.length < 3 || !(name.endsWith(" County") || name.endsWith(" Parish"))) {
        continue;
      }
      EntryDraft d = new EntryDraft(GazetteerEntry.Kind.PLACE, name, "admin2");
      d.country = parts[0];
      d.admin1Code = parts[0] + "." + parts[1];
      d.admin1 = admin1Names.get(d.admin1Code);
      d.featureCode = "ADM2";
      addIfFit(d, name);
      if (!d.aliases.isEmpty()) {
        out.add(d);
      }
    }
    return out;
  }

  /** Names of every first-level division in the world, by code, for the admin1 field. */
  Map<String, String> admin1Names() throws IOException {
    Map<String, String> names = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("geonames_admin1CodesASCII.tsv"))) {
      String[] c = line.split("\t", -1);
      if (!line.startsWith("#") && c.length >= 3) {
        names.put(c[0], c[2]);
      }
    }
    return names;
  }

  /** The region's places from cities500 and the rest of the world's bigger cities (cities15000). */
  List<EntryDraft> cities(Map<String, String> admin1Names) throws IOException {
    List<EntryDraft> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(dir.resolve("mena_cities500_2023-03.txt"))) {
      readCities(in, admin1Names, true, out);
    }
    try (InputStream in =
        new GZIPInputStream(
            Files.newInputStream(dir.resolve("geonames_cities15000_2025-11.txt.gz")))) {
      readCities(in, admin1Names, false, out);
    }
    return out;
  }

  /**
   * The wider world's smaller towns (cities500, 5,000 to 100,000 people, outside the region), as
   * type "locality" under their GeoNames names only: many share a name with a person, a word or a
   * bigger place, so the tagger takes one only on evidence (a named state, a qualifier, a
   * preposition), and the resolver gives one its country's bonus only when its division is named.
   * Places already read ({@code known} ids) are skipped.
   */
  List<EntryDraft> localities(Map<String, String> admin1Names, Set<Long> known) throws IOException {
    List<EntryDraft> out = new ArrayList<>();
    try (InputStream in =
            new GZIPInputStream(
                Files.newInputStream(dir.resolve("geonames_cities500_2023-03.txt.gz")));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] c = line.split("\t", -1);
        if (c.length < 19
            || MENA.contains(c[8])
            || SKIPPED_CODES.contains(c[7])
            || known.contains(Long.valueOf(c[0]))) {
          continue;
        }
        long population = c[14].isEmpty() ? 0 : Long.parseLong(c[14]);
        if (population < LOCALITY_POPULATION || population >= WORLD_POPULATION) {
          continue;
        }
        EntryDraft d = cityDraft(c, "locality", population, admin1Names);
        if (!d.aliases.isEmpty()) {
          out.add(d);
        }
      }
    }
    return out;
  }

  private void readCities(
      InputStream in, Map<String, String> admin1Names, boolean region, List<EntryDraft> out)
      throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String[] c = line.split("\t", -1);
      if (c.length < 19 || MENA.contains(c[8]) != region || SKIPPED_CODES.contains(c[7])) {
        continue;
      }
      long population = c[14].isEmpty() ? 0 : Long.parseLong(c[14]);
      if (!region
          && population < WORLD_POPULATION
          && !c[7].equals("PPLC")
          && !c[7].equals("PPLA")) {
        continue;
      }
      EntryDraft d = cityDraft(c, typeOf(c[7], population), population, admin1Names);
      if (region) {
        for (String alternate : c[3].split(",")) {
          addIfFit(d, alternate);
        }
      }
      if (!d.aliases.isEmpty()) {
        out.add(d);
      }
    }
  }

  /** A place from a GeoNames cities row {@code c}, under its name and its ASCII name. */
  private EntryDraft cityDraft(
      String[] c, String type, long population, Map<String, String> admin1Names) {
    EntryDraft d = new EntryDraft(GazetteerEntry.Kind.PLACE, c[2], type);
    d.geonameId = Long.valueOf(c[0]);
    d.lat = Double.parseDouble(c[4]);
    d.lon = Double.parseDouble(c[5]);
    d.featureCode = c[7];
    d.country = c[8];
    d.admin1Code = c[8] + "." + c[10];
    d.admin1 = admin1Names.get(d.admin1Code);
    d.population = population;
    addIfFit(d, c[1]);
    addIfFit(d, c[2]);
    return d;
  }

  private void addIfFit(EntryDraft d, String name) {
    String alias = name.strip();
    if (filter.acceptsRaw(alias)) {
      d.aliases.add(alias);
      for (String variant : filter.variants(alias)) {
        d.aliases.add(variant);
      }
    }
  }

  private static String typeOf(String featureCode, long population) {
    if (featureCode.equals("PPLC")) {
      return "capital";
    }
    if (featureCode.equals("PPLA") || population >= 100_000) {
      return "city";
    }
    return population >= 10_000 || featureCode.startsWith("PPLA") ? "town" : "village";
  }
}
