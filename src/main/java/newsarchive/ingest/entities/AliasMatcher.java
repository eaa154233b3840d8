package newsarchive.ingest.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import newsarchive.gazetteer.AliasTarget;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.gazetteer.GazetteerEntry;
import newsarchive.gazetteer.NameToken;

/**
 * Finds every alias of a {@link Gazetteer} in a tokenised text, longest first and without overlaps,
 * by hashing growing runs of token keys (no regular expression per alias). A run never spans clause
 * punctuation and must honour the alias's capitalisation. Thread-safe (stateless apart from the
 * immutable gazetteer).
 */
final class AliasMatcher {

  private final Gazetteer gazetteer;

  AliasMatcher(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<AliasMatch> find(String text, List<NameToken> tokens) {
    // The longest match at each token, then the longest of overlapping ones wins: "the US" must
    // not swallow the start of "US-led coalition".
    List<AliasMatch> candidates = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      NameToken token = tokens.get(i);
      // Most words are lower case, and only a few aliases may start with one ("al-", "regime
      // forces"): the others need no look-up in the whole gazetteer.
      if (token.shape() == NameToken.Shape.LOWER && !gazetteer.mayStartLowerCase(token.key())) {
        continue;
      }
      AliasMatch match = canStart(text, token) ? longestAt(tokens, i) : null;
      if (match != null) {
        candidates.add(match);
      }
    }
    List<AliasMatch> byLength = new ArrayList<>(candidates);
    byLength.sort(
        Comparator.comparingInt((AliasMatch m) -> m.first() - m.last())
            .thenComparingInt(AliasMatch::first));
    boolean[] taken = new boolean[tokens.size()];
    List<AliasMatch> chosen = new ArrayList<>();
    for (AliasMatch m : byLength) {
      if (free(taken, m)) {
        Arrays.fill(taken, m.first(), m.last() + 1, true);
        chosen.add(m);
      }
    }
    chosen.sort(Comparator.comparingInt(AliasMatch::first));
    return chosen;
  }

  private static boolean free(boolean[] taken, AliasMatch m) {
    for (int k = m.first(); k <= m.last(); k++) {
      if (taken[k]) {
        return false;
      }
    }
    return true;
  }

  private AliasMatch longestAt(List<NameToken> tokens, int first) {
    AliasMatch best = null;
    String k = null;
    int limit = Math.min(tokens.size(), first + gazetteer.maxTokens());
    for (int last = first; last < limit; last++) {
      NameToken token = tokens.get(last);
      if (last == first) {
        k = token.key();
      } else if (token.breakBefore()) {
        break;
      } else {
        k = k + ' ' + token.key();
      }
      AliasMatch here = accepted(tokens, first, last, gazetteer.targets(k));
      if (here != null) {
        best = here;
      }
      if (!gazetteer.isPrefix(k)) {
        break;
      }
    }
    return best;
  }

  private AliasMatch accepted(List<NameToken> tokens, int first, int last, AliasTarget[] targets) {
    List<AliasTarget> factions = new ArrayList<>();
    List<AliasTarget> places = new ArrayList<>();
    for (AliasTarget target : targets) {
      boolean fits = true;
      for (int k = first; k <= last && fits; k++) {
        fits = target.accepts(tokens.get(k).shape(), k - first);
      }
      if (fits) {
        boolean place = gazetteer.entry(target.entry()).kind() == GazetteerEntry.Kind.PLACE;
        (place ? places : factions).add(target);
      }
    }
    if (!factions.isEmpty()) {
      return new AliasMatch(first, last, factions, false);
    }
    return places.isEmpty() ? null : new AliasMatch(first, last, places, true);
  }

  // English words that are also forms of the Arabic article ("as", "at", "an") may start a name
  // only when hyphenated to it (as-Safira); "al" and "el" always may.
  private static boolean canStart(String text, NameToken token) {
    if (!token.key().equals("al")) {
      return true;
    }
    String surface = text.substring(token.start(), token.end());
    return surface.equalsIgnoreCase("al")
        || surface.equalsIgnoreCase("el")
        || (token.end() < text.length() && text.charAt(token.end()) == '-');
  }
}
