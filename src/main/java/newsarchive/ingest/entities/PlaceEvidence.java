package newsarchive.ingest.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsarchive.gazetteer.CountryContext;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.gazetteer.GazetteerEntry;
import newsarchive.gazetteer.NameToken;

/**
 * Weighs whether a matched place is the place the article means or a word, a person or a foreign
 * namesake, from several signals added together rather than one veto: how prominent the place is (a
 * country, a division, a big city), whether its name is the canonical one, whether the article is
 * set in its country (the country or its capital named, a division of it named, its people named as
 * in "Israeli" or "Palestinians"), or next door to it, and whether it lies in Syria or Iraq, the
 * archive's focus. Thread-safe (immutable).
 */
final class PlaceEvidence {

  private static final Set<String> FOCUS = Set.of("SY", "IQ");
  private static final int ENOUGH = 3;
  private static final Set<String> TOWNS = Set.of("city", "town", "village");

  private final Gazetteer gazetteer;
  private final CountryContext countries;

  PlaceEvidence(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.countries = gazetteer.countryContext();
  }

  /** The countries an article is set in: named, their capitals or divisions named, or demonyms. */
  Set<String> settings(List<NameToken> tokens, int[] chosen) {
    Set<String> out = new HashSet<>();
    for (int index : chosen) {
      GazetteerEntry entry = gazetteer.entry(index);
      String type = entry.type();
      if (type.equals("country") || type.equals("capital") || type.equals("admin1")) {
        if (entry.country() != null) {
          out.add(entry.country());
        }
      }
    }
    for (NameToken token : tokens) {
      if (token.shape() == NameToken.Shape.CAPITALISED) {
        String country = countries.demonymCountry(token.key());
        if (country != null) {
          out.add(country);
        }
      }
    }
    return out;
  }

  /**
   * Whether a capitalised word before this place's name may make it a surname: for towns and cities
   * outside Syria and Iraq, whose villages the gazetteer knows and whose unknown neighbours ("the
   * villages of Sraqb and Sarmin") are no given names.
   */
  boolean mayBeSurname(int index) {
    GazetteerEntry entry = gazetteer.entry(index);
    return TOWNS.contains(entry.type()) && !FOCUS.contains(entry.country());
  }

  /**
   * Whether the signals for place {@code index}, mentioned as {@code text}, are enough; {@code
   * surname} when the article uses the word as a person's name somewhere.
   */
  boolean isLikely(String text, int index, Set<String> settings, boolean surname) {
    GazetteerEntry entry = gazetteer.entry(index);
    String country = entry.country();
    String type = entry.type();
    if (country == null || (!surname && (type.equals("country") || type.equals("capital")))) {
      return true; // a region of several countries (the Middle East), a country, a capital
    }
    long population = gazetteer.facts(index).population();
    int score =
        switch (type) {
          case "country", "capital" -> 4;
          case "admin1", "admin2" -> 2;
          case "city", "town", "village" ->
              population >= 100_000 ? 2 : population >= 10_000 ? 1 : 0;
          default -> 1; // the overlay's regions, districts, crossings, rivers
        };
    if (text.equalsIgnoreCase(entry.canonical())) {
      score += 1;
    }
    if (FOCUS.contains(country) || settings.contains(country)) {
      score += 3;
    } else if (settings.stream().anyMatch(s -> countries.neighbours(s).contains(country))) {
      score += 1;
    }
    if (surname) {
      score -= 3;
    }
    return score >= ENOUGH;
  }
}
