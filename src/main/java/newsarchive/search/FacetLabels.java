package newsarchive.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
      default -> FacetValue.of(label, count, selected);
    };
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
