package newsarchive.ingest.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsarchive.gazetteer.AliasTarget;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.gazetteer.GazetteerEntry;
import newsarchive.gazetteer.NameToken;
import newsarchive.gazetteer.NameTokenizer;
import newsarchive.gazetteer.PlaceFacts;

/**
 * Chooses, for each place match whose alias several places share, the place the text means: first
 * by prior rank alone to find the article's anchors, then again with the anchors as context (a
 * place in a country the article names, or near its other places, wins) and with an explicit
 * qualifier ("Damascus, Syria", "Alexandria, Virginia"). Thread-safe (immutable).
 */
final class PlaceResolver {

  private static final int SAME_COUNTRY = 400;
  private static final int NEAR = 300;
  private static final int QUALIFIED = 5000;

  private final Gazetteer gazetteer;

  PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The chosen entry index for each match, in order. */
  int[] resolve(String text, List<NameToken> tokens, List<AliasMatch> matches) {
    int[] chosen = new int[matches.size()];
    Set<String> countries = new HashSet<>();
    List<PlaceFacts> anchors = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      chosen[i] = byPrior(matches.get(i));
      if (matches.get(i).targets().size() == 1
          || gazetteer.entry(chosen[i]).type().equals("country")) {
        countries.add(gazetteer.entry(chosen[i]).country());
        anchors.add(gazetteer.facts(chosen[i]));
      }
    }
    for (int i = 0; i < matches.size(); i++) {
      AliasMatch m = matches.get(i);
      if (m.targets().size() < 2) {
        continue;
      }
      int best = -1;
      long bestScore = Long.MIN_VALUE;
      for (AliasTarget target : m.targets()) {
        int e = target.entry();
        long score = gazetteer.prior(e);
        GazetteerEntry entry = gazetteer.entry(e);
        PlaceFacts facts = gazetteer.facts(e);
        if (countries.contains(entry.country())) {
          score += SAME_COUNTRY;
        }
        if (isNearAny(facts, anchors)) {
          score += NEAR;
        }
        if (isQualified(text, tokens, m.last(), entry, facts)) {
          score += QUALIFIED;
        }
        if (score > bestScore) {
          bestScore = score;
          best = e;
        }
      }
      chosen[i] = best;
    }
    return chosen;
  }

  private int byPrior(AliasMatch m) {
    int best = m.targets().get(0).entry();
    for (AliasTarget t : m.targets()) {
      if (gazetteer.prior(t.entry()) > gazetteer.prior(best)) {
        best = t.entry();
      }
    }
    return best;
  }

  private static boolean isNearAny(PlaceFacts facts, List<PlaceFacts> anchors) {
    for (PlaceFacts anchor : anchors) {
      if (anchor != facts && kilometres(facts, anchor) < 250) {
        return true;
      }
    }
    return false;
  }

  static double kilometres(PlaceFacts a, PlaceFacts b) {
    double dLat = Math.toRadians(b.lat() - a.lat());
    double dLon = Math.toRadians(b.lon() - a.lon());
    double h =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(a.lat()))
                * Math.cos(Math.toRadians(b.lat()))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371 * Math.asin(Math.sqrt(h));
  }

  /**
   * Whether a comma and the name of a division of another country follow: "Damascus, Oregon" is not
   * the Damascus the gazetteer knows.
   */
  boolean isQualifiedElsewhere(String text, List<NameToken> tokens, int last, String country) {
    int next = last + 1;
    if (next >= tokens.size()
        || !text.substring(tokens.get(last).end(), tokens.get(next).start()).strip().equals(",")) {
      return false;
    }
    StringBuilder key = new StringBuilder();
    for (int k = next; k < Math.min(tokens.size(), next + 3); k++) {
      if (k > next) {
        if (tokens.get(k).breakBefore()) {
          break;
        }
        key.append(' ');
      }
      key.append(tokens.get(k).key());
      Set<String> countries = gazetteer.divisionCountries(key.toString());
      if (!countries.isEmpty()
          && !countries.contains(country)
          && !namesPlaceIn(key.toString(), country)) {
        return true;
      }
    }
    return false;
  }

  // "Tbilisi, Georgia": the name after the comma is also a place of the candidate's own country.
  private boolean namesPlaceIn(String key, String country) {
    for (AliasTarget t : gazetteer.targets(key)) {
      if (country != null && country.equals(gazetteer.entry(t.entry()).country())) {
        return true;
      }
    }
    return false;
  }

  // Whether the abbreviation {@code key} is one of the division {@code admin1} of {@code country}.
  private boolean abbreviates(String key, String country, String admin1) {
    for (AliasTarget t : gazetteer.targets(key)) {
      GazetteerEntry division = gazetteer.entry(t.entry());
      if (division.type().equals("admin1")
          && division.country().equals(country)
          && java.util.Objects.equals(gazetteer.facts(t.entry()).admin1(), admin1)) {
        return true;
      }
    }
    return false;
  }

  // "Damascus, Syria" or "Alexandria, Virginia": a comma, then the candidate's country or
  // first-level division.
  private boolean isQualified(
      String text, List<NameToken> tokens, int last, GazetteerEntry entry, PlaceFacts facts) {
    int next = last + 1;
    if (next >= tokens.size()) {
      return false;
    }
    String gap = text.substring(tokens.get(last).end(), tokens.get(next).start());
    if (!gap.strip().equals(",")) {
      return false;
    }
    List<String> wanted = new ArrayList<>();
    if (facts.admin1() != null) {
      wanted.add(NameTokenizer.key(facts.admin1()));
    }
    gazetteer
        .byCountryCode(entry.country())
        .ifPresent(country -> country.aliases().forEach(a -> wanted.add(NameTokenizer.key(a))));
    for (int k = next; k < Math.min(tokens.size(), next + 3); k++) {
      if (k > next && tokens.get(k).breakBefore()) {
        break;
      }
      String key = Gazetteer.keyOf(tokens.subList(next, k + 1));
      if (gazetteer.isAbbreviation(key) && abbreviates(key, entry.country(), facts.admin1())) {
        return true; // "Rogersville, Tenn."
      }
    }
    for (String key : wanted) {
      String[] words = key.split(" ");
      if (next + words.length > tokens.size()) {
        continue;
      }
      boolean same = true;
      for (int k = 0; k < words.length && same; k++) {
        same = tokens.get(next + k).key().equals(words[k]);
      }
      if (same) {
        return true;
      }
    }
    return false;
  }
}
