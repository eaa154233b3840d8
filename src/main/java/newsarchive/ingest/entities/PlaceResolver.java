package newsarchive.ingest.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import newsarchive.gazetteer.AliasTarget;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.gazetteer.GazetteerEntry;
import newsarchive.gazetteer.NameToken;
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

  /**
   * The chosen entry index for each match, in order; {@code divisions} are the matches' {@link
   * #divisions}.
   */
  int[] resolve(
      String text, List<NameToken> tokens, List<AliasMatch> matches, Divisions divisions) {
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
      int next = m.last() + 1;
      boolean comma =
          next < tokens.size()
              && isComma(text, tokens.get(m.last()).end(), tokens.get(next).start());
      for (AliasTarget target : m.targets()) {
        int e = target.entry();
        long score = gazetteer.prior(e);
        if (score + SAME_COUNTRY + NEAR + (comma ? QUALIFIED : 0) <= bestScore) {
          continue; // no context can lift it past the best so far
        }
        GazetteerEntry entry = gazetteer.entry(e);
        PlaceFacts facts = gazetteer.facts(e);
        // A smaller locality of the wider world needs its own division named: an article set in
        // the United States does not make every Moscow Moscow, Idaho.
        boolean locality = entry.type().equals("locality");
        if (locality
            ? divisions.contains(entry.country(), facts.admin1())
            : countries.contains(entry.country())) {
          score += SAME_COUNTRY;
        }
        if (isNearAny(facts, anchors)) {
          score += NEAR;
        }
        if (comma && isQualified(text, tokens, m.last(), entry, facts)) {
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

  /** First-level divisions by country: those an article's matches may name. */
  static final class Divisions {
    private final Map<String, Set<String>> byCountry = new HashMap<>();

    boolean contains(String country, String admin1) {
      Set<String> names = byCountry.get(country);
      return names != null && names.contains(admin1);
    }
  }

  /** The first-level divisions the matches may name ("Georgia" may name the state). */
  Divisions divisions(List<AliasMatch> matches) {
    Divisions out = new Divisions();
    for (AliasMatch m : matches) {
      for (AliasTarget t : m.targets()) {
        GazetteerEntry entry = gazetteer.entry(t.entry());
        String admin1 = gazetteer.facts(t.entry()).admin1();
        if (entry.type().equals("admin1") && admin1 != null) {
          out.byCountry.computeIfAbsent(entry.country(), k -> new HashSet<>()).add(admin1);
        }
      }
    }
    return out;
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
    return isWithin(facts, anchors, 250);
  }

  /** Whether a place lies within {@code km} of one of {@code anchors} other than itself. */
  static boolean isWithin(PlaceFacts facts, List<PlaceFacts> anchors, double km) {
    // A degree of latitude is 111 km: most anchors are ruled out without the great circle.
    double degrees = km / 111.0;
    for (PlaceFacts anchor : anchors) {
      if (anchor != facts
          && Math.abs(anchor.lat() - facts.lat()) <= degrees
          && kilometres(facts, anchor) < km) {
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
          && Objects.equals(gazetteer.facts(t.entry()).admin1(), admin1)) {
        return true;
      }
    }
    return false;
  }

  // "Damascus, Syria" or "Alexandria, Virginia": a comma, then the candidate's country or
  // first-level division.
  boolean isQualified(
      String text, List<NameToken> tokens, int last, GazetteerEntry entry, PlaceFacts facts) {
    int next = last + 1;
    if (next >= tokens.size() || !isComma(text, tokens.get(last).end(), tokens.get(next).start())) {
      return false;
    }
    if (startsWith(tokens, next, gazetteer.divisionWords(facts.admin1()))) {
      return true;
    }
    for (List<String> name : gazetteer.countryWords(entry.country())) {
      if (startsWith(tokens, next, name)) {
        return true;
      }
    }
    for (int k = next; k < Math.min(tokens.size(), next + 3); k++) {
      if (k > next && tokens.get(k).breakBefore()) {
        break;
      }
      String key = Gazetteer.keyOf(tokens.subList(next, k + 1));
      if (gazetteer.isAbbreviation(key) && abbreviates(key, entry.country(), facts.admin1())) {
        return true; // "Rogersville, Tenn."
      }
    }
    return false;
  }

  // Only a comma and blanks between two offsets.
  static boolean isComma(String text, int from, int to) {
    boolean comma = false;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == ',' && !comma) {
        comma = true;
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return comma;
  }

  private static boolean startsWith(List<NameToken> tokens, int from, List<String> words) {
    if (words.isEmpty() || from + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(from + k).key().equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }
}
