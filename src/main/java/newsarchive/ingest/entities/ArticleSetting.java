package newsarchive.ingest.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsarchive.gazetteer.CountryContext;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.gazetteer.GazetteerEntry;
import newsarchive.gazetteer.NameToken;

/**
 * Finds the countries an article is set in: countries, their capitals or divisions named, or their
 * people ("Israeli", "Palestinians"). The tagger weighs a place by them and reads descriptions
 * ("the regime") in their light. Thread-safe (immutable).
 */
final class ArticleSetting {

  private final Gazetteer gazetteer;
  private final CountryContext countries;

  ArticleSetting(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.countries = gazetteer.countryContext();
  }

  /** The countries an article is set in: named, their capitals or divisions named, or demonyms. */
  Set<String> countries(List<NameToken> tokens, int[] chosen) {
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
}
