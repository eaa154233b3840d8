package newsarchive.search;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.gazetteer.GazetteerEntry;
import newsarchive.index.Schema;

/**
 * Turns facet labels and counts into the values the API shows: which are selected (a date range of
 * whole years or months selects those on the timeline), a member faction's parent and a place's
 * country from the gazetteer. Thread-safe.
 */
final class FacetLabels {
  private final Gazetteer gazetteer;
  private final Map<String, List<String>> foldedNames = new ConcurrentHashMap<>();

  FacetLabels(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  FacetValue value(String dim, String label, int count, boolean selected, boolean excluded) {
    FacetValue v = value(dim, label, count, selected);
    return excluded ? v.asExcluded() : v;
  }

  private FacetValue value(String dim, String label, int count, boolean selected) {
    return switch (dim) {
      case Schema.FACTION ->
          new FacetValue(
              label,
              count,
              selected,
              gazetteer.byCanonicalName(label).map(GazetteerEntry::parent).orElse(null),
              null);
      case Schema.LOCATION ->
          new FacetValue(
              label,
              count,
              selected,
              null,
              gazetteer.byCanonicalName(label).map(GazetteerEntry::country).orElse(null));
      case Schema.COUNTRY ->
          FacetValue.of(label, count, selected)
              .named(gazetteer.byCountryCode(label).map(GazetteerEntry::canonical).orElse(null));
      default -> FacetValue.of(label, count, selected);
    };
  }

  /**
   * Whether a facet value matches what was typed in the facet finder ({@code wanted}, folded): its
   * label anywhere, or the start of any alias of its faction or place (Daesh, ISIS, Idleb; not
   * "Global Coalition against Daesh"), or of a country's name (Syria, Turkey, Türkiye) for a
   * country code and, from three letters on, for the places in it.
   */
  boolean matches(String dim, String label, String wanted) {
    if (wanted.isEmpty() || fold(label).contains(wanted)) {
      return true;
    }
    return switch (dim) {
      case Schema.FACTION ->
          names(dim, label, () -> gazetteer.byCanonicalName(label)).stream()
              .anyMatch(n -> n.startsWith(wanted));
      case Schema.COUNTRY ->
          names(dim, label, () -> gazetteer.byCountryCode(label)).stream()
              .anyMatch(n -> n.startsWith(wanted));
      case Schema.LOCATION -> {
        Optional<GazetteerEntry> place = gazetteer.byCanonicalName(label);
        if (names(dim, label, () -> place).stream().anyMatch(n -> n.startsWith(wanted))) {
          yield true;
        }
        String code = place.map(GazetteerEntry::country).orElse(null);
        yield wanted.length() >= 3
            && code != null
            && names(Schema.COUNTRY, code, () -> gazetteer.byCountryCode(code)).stream()
                .anyMatch(n -> n.startsWith(wanted));
      }
      default -> false;
    };
  }

  /** The folded names of a value's entry, read once for each value. */
  private List<String> names(String dim, String label, Supplier<Optional<GazetteerEntry>> entry) {
    return foldedNames.computeIfAbsent(
        dim + "\u001f" + label,
        k ->
            entry
                .get()
                .map(
                    e -> {
                      List<String> all = new ArrayList<>();
                      all.add(fold(e.canonical()));
                      e.aliases().forEach(a -> all.add(fold(a)));
                      return List.copyOf(all);
                    })
                .orElse(List.of()));
  }

  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  static List<String> selectedIn(String dim, SearchRequest r) {
    return switch (dim) {
      case Schema.FACTION -> r.factions();
      case Schema.LOCATION -> r.locations();
      case Schema.COUNTRY -> r.countries();
      case Schema.SITE -> r.sites();
      case Schema.YEAR -> selectedYears(r);
      case Schema.MONTH -> selectedMonths(r);
      default -> List.of();
    };
  }

  /** A range that is exactly whole years marks those years selected on the timeline. */
  private static List<String> selectedYears(SearchRequest r) {
    if (r.from() == null
        || r.to() == null
        || r.from().getDayOfYear() != 1
        || !r.to().equals(LocalDate.of(r.to().getYear(), 12, 31))) {
      return List.of();
    }
    List<String> years = new ArrayList<>();
    for (int y = r.from().getYear(); y <= r.to().getYear() && years.size() < 200; y++) {
      years.add(Integer.toString(y));
    }
    return years;
  }

  /** A range that is exactly whole months marks those months selected. */
  private static List<String> selectedMonths(SearchRequest r) {
    if (r.from() == null
        || r.to() == null
        || r.from().getDayOfMonth() != 1
        || r.to().getDayOfMonth() != r.to().lengthOfMonth()) {
      return List.of();
    }
    List<String> months = new ArrayList<>();
    for (LocalDate m = r.from(); !m.isAfter(r.to()) && months.size() < 400; m = m.plusMonths(1)) {
      months.add(m.toString().substring(0, 7));
    }
    return months;
  }
}
