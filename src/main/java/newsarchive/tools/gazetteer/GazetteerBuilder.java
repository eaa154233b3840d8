package newsarchive.tools.gazetteer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import newsarchive.gazetteer.CountryContext;
import newsarchive.gazetteer.GazetteerEntry;
import newsarchive.gazetteer.GazetteerFile;
import newsarchive.gazetteer.NameTokenizer;

/**
 * Turns the shared raw data (GeoNames, UCDP, Phoenix) and the hand-kept overlay into the compact
 * gazetteer resource that {@link Gazetteer#load()} reads. Run by {@code ./archive gazetteer}; the
 * result is committed, so neither a build nor a run needs the raw data. Not thread-safe; build once
 * per instance.
 */
public final class GazetteerBuilder {

  private final Path dataDir;
  private final Path overlayDir;

  /**
   * @param sharedDataDir the shared data folder (with gazetteer/ and actors/)
   * @param overlayDir the hand-kept overlay (src/main/gazetteer-overlay)
   */
  public GazetteerBuilder(Path sharedDataDir, Path overlayDir) {
    this.dataDir = sharedDataDir;
    this.overlayDir = overlayDir;
  }

  /** Writes the resource into {@code outDir} and returns a one-paragraph summary of counts. */
  public String build(Path outDir) throws IOException {
    OverlayReader overlay = new OverlayReader(overlayDir);
    AliasFilter filter = new AliasFilter(overlay.notNames(), overlay.blockedAliases());
    GeoNamesReader geonames = new GeoNamesReader(dataDir.resolve("gazetteer"), filter);
    ActorReader actors = new ActorReader(dataDir.resolve("actors"), filter);

    List<EntryDraft> countries = geonames.countries();
    Map<String, EntryDraft> admin1 = geonames.admin1();
    // Hand-kept, so past the raw filter (which wants four letters): "Ky." after a town.
    for (Map.Entry<String, List<String>> a : overlay.divisionAbbreviations().entrySet()) {
      EntryDraft division = admin1.get(a.getKey());
      if (division == null) {
        throw new IOException("division-abbreviations.tsv: no first-level division " + a.getKey());
      }
      division.aliases.addAll(a.getValue());
    }
    List<EntryDraft> cities = geonames.cities(geonames.admin1Names());
    PlaceAssembly places = new PlaceAssembly(countries, admin1, cities, filter);
    places.applyOverlay(overlay.places());
    List<EntryDraft> placeDrafts = new ArrayList<>(places.finish());
    for (EntryDraft county : geonames.counties(geonames.admin1Names())) {
      EntryDraft division = admin1.get(county.admin1Code);
      if (division != null && (division.lat != 0 || division.lon != 0)) {
        county.lat = division.lat; // GeoNames' admin2 table has no coordinates: the state's
        county.lon = division.lon;
        placeDrafts.add(county);
      }
    }

    Set<Long> known = new HashSet<>();
    placeDrafts.forEach(d -> known.add(d.geonameId));
    List<EntryDraft> localities = geonames.localities(geonames.admin1Names(), known);
    placeDrafts.addAll(localities);

    FactionAssembly factions = new FactionAssembly(filter);
    factions.addOverlay(overlay.factions());
    int overlayFactions = factions.size();
    List<EntryDraft> ucdp = actors.ucdp();
    List<EntryDraft> phoenix = actors.phoenix();
    int mergedUcdp = factions.merge(ucdp);
    int mergedPhoenix = factions.merge(phoenix);
    List<EntryDraft> factionDrafts = factions.drafts();

    Files.createDirectories(outDir);
    Path file = outDir.resolve(GazetteerFile.NAME);
    int aliasCount = 0;
    try (OutputStream out = Files.newOutputStream(file);
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        Writer writer = new OutputStreamWriter(gzip, StandardCharsets.UTF_8)) {
      writer.write(GazetteerFile.HEADER);
      writer.write('\n');
      for (EntryDraft d : factionDrafts) {
        GazetteerFile.Row row = d.toRow(Priors.of(d));
        aliasCount += row.entry().aliases().size();
        GazetteerFile.write(writer, row);
      }
      for (EntryDraft d : placeDrafts) {
        GazetteerFile.Row row = d.toRow(Priors.of(d));
        aliasCount += row.entry().aliases().size();
        GazetteerFile.write(writer, row);
      }
    }
    Files.write(
        outDir.resolve(GazetteerFile.PERSON_WORDS),
        overlay.personWords().stream().sorted().toList(),
        StandardCharsets.UTF_8);
    CountryContextReader context =
        new CountryContextReader(dataDir.resolve("gazetteer"), dataDir.resolve("actors"));
    Set<String> placeKeys = new HashSet<>();
    placeDrafts.forEach(d -> d.aliases.forEach(a -> placeKeys.add(NameTokenizer.key(a))));
    Map<String, Set<String>> demonyms = context.demonyms(placeKeys);
    try (Writer writer =
        Files.newBufferedWriter(outDir.resolve(CountryContext.NAME), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, Set<String>> c : context.neighbours().entrySet()) {
        CountryContext.write(
            writer, c.getKey(), c.getValue(), demonyms.getOrDefault(c.getKey(), Set.of()));
      }
    }
    long overlayPlaces = placeDrafts.stream().filter(d -> d.overlay).count();
    return String.format(
        Locale.ROOT,
        "Gazetteer written to %s (%,d bytes): %,d factions (%d from the overlay; UCDP gave %d"
            + " groups, %d merged into known ones; Phoenix gave %d, %d merged) and %,d places"
            + " (%d countries, %d first-level divisions, %,d counties, %,d populated places of"
            + " which %,d smaller localities; %d from or corrected by the overlay), %,d aliases in"
            + " all.",
        file,
        Files.size(file),
        factionDrafts.size(),
        overlayFactions,
        ucdp.size(),
        mergedUcdp,
        phoenix.size(),
        mergedPhoenix,
        placeDrafts.size(),
        placeDrafts.stream().filter(d -> d.type.equals("country")).count(),
        placeDrafts.stream().filter(d -> d.type.equals("admin1")).count(),
        placeDrafts.stream().filter(d -> d.type.equals("admin2")).count(),
        placeDrafts.stream().filter(d -> d.featureCode.startsWith("PPL")).count(),
        localities.size(),
        overlayPlaces,
        aliasCount);
  }

  /** Factions from the overlay first; raw groups sharing a name with a known one join it. */
  private static final class FactionAssembly {
    private final AliasFilter filter;
    private final List<EntryDraft> drafts = new ArrayList<>();
    private final Map<String, EntryDraft> byKey = new HashMap<>();

    FactionAssembly(AliasFilter filter) {
      this.filter = filter;
    }

    void addOverlay(List<OverlayReader.FactionRow> rows) {
      for (OverlayReader.FactionRow row : rows) {
        EntryDraft d = new EntryDraft(GazetteerEntry.Kind.FACTION, row.canonical(), row.type());
        d.parent = row.parent();
        d.overlay = true;
        d.aliases.addAll(row.aliases());
        add(d);
      }
    }

    int merge(List<EntryDraft> raw) {
      int merged = 0;
      for (EntryDraft d : raw) {
        EntryDraft known = null;
        for (String alias : d.aliases) {
          known = byKey.get(NameTokenizer.key(alias));
          if (known != null) {
            break;
          }
        }
        if (known == null) {
          add(d);
          continue;
        }
        merged++;
        for (String alias : d.aliases) {
          if (!filter.isBlocked(alias) && known.aliases.add(alias)) {
            byKey.putIfAbsent(NameTokenizer.key(alias), known);
          }
        }
      }
      return merged;
    }

    private void add(EntryDraft d) {
      drafts.add(d);
      byKey.putIfAbsent(NameTokenizer.key(d.canonical), d);
      for (String alias : d.aliases) {
        byKey.putIfAbsent(NameTokenizer.key(alias), d);
      }
    }

    int size() {
      return drafts.size();
    }

    List<EntryDraft> drafts() {
      Set<String> canonicals = new HashSet<>();
      List<EntryDraft> out = new ArrayList<>();
      for (EntryDraft d : drafts) {
        if (canonicals.add(d.canonical)) {
          out.add(d);
        }
      }
      return out;
    }
  }
}
