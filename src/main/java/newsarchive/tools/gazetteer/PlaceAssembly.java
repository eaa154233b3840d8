package newsarchive.tools.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsarchive.gazetteer.GazetteerEntry;
import newsarchive.gazetteer.NameTokenizer;

/**
 * Puts the GeoNames place drafts and the overlay together: the overlay renames and completes
 * GeoNames places by id and adds the places GeoNames lacks; countries and divisions get coordinates
 * from their capitals; a division loses the names its own seat city carries (so "Raqqa" stays the
 * city). Not thread-safe; one build.
 */
final class PlaceAssembly {

  private final List<EntryDraft> countries;
  private final Map<String, EntryDraft> admin1;
  private final List<EntryDraft> cities;
  private final List<EntryDraft> added = new ArrayList<>();
  private final Map<Long, EntryDraft> byId = new HashMap<>();
  private final AliasFilter filter;

  PlaceAssembly(
      List<EntryDraft> countries,
      Map<String, EntryDraft> admin1,
      List<EntryDraft> cities,
      AliasFilter filter) {
    this.countries = countries;
    this.admin1 = admin1;
    this.cities = cities;
    this.filter = filter;
    for (EntryDraft d : cities) {
      byId.put(d.geonameId, d);
    }
    for (EntryDraft d : admin1.values()) {
      byId.put(d.geonameId, d);
    }
    for (EntryDraft d : countries) {
      byId.put(d.geonameId, d);
    }
  }

  void applyOverlay(List<OverlayReader.PlaceRow> rows) {
    for (OverlayReader.PlaceRow row : rows) {
      EntryDraft d = row.geonameId() == null ? null : byId.get(row.geonameId());
      if (d == null) {
        d = new EntryDraft(GazetteerEntry.Kind.PLACE, row.canonical(), row.type());
        d.geonameId = row.geonameId();
        d.country = row.country();
        d.featureCode = "OVERLAY";
        added.add(d);
      }
      d.overlay = true;
      if (!row.canonical().isEmpty()) {
        d.aliases.add(d.canonical);
        d.canonical = row.canonical();
      }
      if (!row.type().isEmpty()) {
        d.type = row.type();
      }
      if (!row.admin1().isEmpty()) {
        d.admin1 = row.admin1();
      }
      if (row.lat() != null) {
        d.lat = row.lat();
        d.lon = row.lon();
      }
      List<String> names = new ArrayList<>(row.aliases());
      names.add(d.canonical);
      for (String alias : names) {
        if (!filter.isBlocked(alias)) {
          d.aliases.add(alias);
          d.aliases.addAll(filter.variants(alias));
        }
      }
    }
  }

  List<EntryDraft> finish() {
    Map<String, EntryDraft> capitals = new HashMap<>();
    Map<String, EntryDraft> seats = new HashMap<>();
    Map<String, Set<String>> cityKeys = new HashMap<>();
    Map<String, double[]> centres = new HashMap<>(); // sums of lat, lon and a count
    for (EntryDraft city : cities) {
      double[] sum = centres.computeIfAbsent(city.admin1Code, k -> new double[3]);
      sum[0] += city.lat;
      sum[1] += city.lon;
      sum[2]++;
      if (city.featureCode.equals("PPLC")) {
        capitals.putIfAbsent(city.country, city);
      }
      if (city.featureCode.equals("PPLA") || city.featureCode.equals("PPLC")) {
        seats.putIfAbsent(city.admin1Code, city);
      }
      Set<String> keys = cityKeys.computeIfAbsent(city.admin1Code, k -> new HashSet<>());
      for (String alias : city.aliases) {
        keys.add(NameTokenizer.key(alias));
      }
    }
    List<EntryDraft> out = new ArrayList<>();
    for (EntryDraft country : countries) {
      EntryDraft capital = capitals.get(country.country);
      if (country.lat == 0 && country.lon == 0 && capital != null) {
        country.lat = capital.lat;
        country.lon = capital.lon;
      }
      if (!country.aliases.isEmpty()) {
        out.add(country);
      }
    }
    for (EntryDraft division : admin1.values()) {
      EntryDraft seat = seats.get(division.admin1Code);
      double[] sum = centres.get(division.admin1Code);
      if (division.lat == 0 && division.lon == 0 && seat != null) {
        division.lat = seat.lat;
        division.lon = seat.lon;
      } else if (division.lat == 0 && division.lon == 0 && sum != null) {
        division.lat = sum[0] / sum[2]; // no seat among the cities: the middle of its towns
        division.lon = sum[1] / sum[2];
      }
      Set<String> taken = cityKeys.getOrDefault(division.admin1Code, Set.of());
      division.aliases.removeIf(alias -> taken.contains(NameTokenizer.key(alias)));
      if (!division.aliases.isEmpty() && (division.lat != 0 || division.lon != 0)) {
        out.add(division);
      }
    }
    out.addAll(cities);
    out.addAll(added);
    return out;
  }
}
