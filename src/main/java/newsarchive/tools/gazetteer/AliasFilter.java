package newsarchive.tools.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.gazetteer.NameToken;
import newsarchive.gazetteer.NameTokenizer;

/**
 * Decides which names from the raw sources may become aliases, and derives the spellings the press
 * uses beside them ("Al Raqqah" also as "Raqqah", "Deir ez-Zor" also as "Deir ezzor"). Raw GeoNames
 * and actor lists are noisy: Arabic-script and lower-case transliterations, words that are common
 * English or given names, one- and two-letter codes. The hand-kept overlay is trusted as it is.
 * Immutable and thread-safe.
 */
final class AliasFilter {

  // "Tall", "Tell", "Tal" and "Tel" (a hill, a mound) are one word in place names.
  private static final Set<String> HILL_WORDS = Set.of("tall", "tell", "tal", "tel");

  private final Set<String> notNames;
  private final Set<String> blocked;

  /**
   * @param notNames keys of single words never to take from raw data as names (common words, given
   *     names)
   * @param blocked keys of whole aliases never to use, whatever their source
   */
  AliasFilter(Set<String> notNames, Set<String> blocked) {
    this.notNames = Set.copyOf(notNames);
    this.blocked = Set.copyOf(blocked);
  }

  boolean isBlocked(String alias) {
    return blocked.contains(NameTokenizer.key(alias));
  }

  /** Whether a name from GeoNames, UCDP or Phoenix is fit to be an alias. */
  boolean acceptsRaw(String alias) {
    if (alias.isBlank() || !isLatinWithCapital(alias)) {
      return false;
    }
    for (int i = 0; i < alias.length(); i++) {
      char c = alias.charAt(i);
      if (Character.isDigit(c) || ",;()/[]\"&+*#@?!:".indexOf(c) >= 0) {
        return false;
      }
    }
    List<NameToken> tokens = NameTokenizer.tokenize(alias);
    if (tokens.isEmpty() || isBlocked(alias)) {
      return false;
    }
    String key = Gazetteer.keyOf(tokens);
    if (key.replace(" ", "").length() < 4) {
      return false;
    }
    if (tokens.size() == 1 && notNames.contains(key)) {
      return false;
    }
    // A name that is only articles and particles ("Al", "El Al") is no name, and one that ends
    // in an article ("Tal El") would match the start of many others ("Tal al-Samn").
    return tokens.stream().anyMatch(t -> !t.key().equals("al") && t.key().length() > 1)
        && !tokens.get(tokens.size() - 1).key().equals("al");
  }

  /** Press spellings derived from a place name: without its leading article, with it glued. */
  List<String> variants(String alias) {
    List<NameToken> tokens = NameTokenizer.tokenize(alias);
    List<String> out = new ArrayList<>();
    if (tokens.size() >= 2 && tokens.get(0).key().equals("al")) {
      String rest = alias.substring(tokens.get(1).start());
      if (acceptsRaw(rest) && (tokens.size() > 2 || tokens.get(1).key().length() >= 5)) {
        out.add(rest);
      }
    }
    String firstKey = tokens.get(0).key();
    if (tokens.size() >= 2 && HILL_WORDS.contains(firstKey)) {
      String rest = alias.substring(tokens.get(0).end());
      for (String hill : List.of("Tall", "Tell", "Tal", "Tel")) {
        if (!hill.toLowerCase(Locale.ROOT).equals(firstKey)) {
          out.add(hill + rest);
        }
      }
    }
    for (int k = 1; k + 1 < tokens.size(); k++) {
      NameToken article = tokens.get(k);
      NameToken next = tokens.get(k + 1);
      if (article.key().equals("al") && article.end() < next.start()) {
        String glued =
            alias.substring(0, article.start())
                + alias.substring(article.start(), article.end()).toLowerCase(Locale.ROOT)
                + alias.substring(next.start(), next.end()).toLowerCase(Locale.ROOT)
                + alias.substring(next.end());
        out.add(glued);
      }
    }
    return out;
  }

  private static boolean isLatinWithCapital(String alias) {
    boolean capital = false;
    for (int i = 0; i < alias.length(); ) {
      int cp = alias.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
          return false;
        }
        capital |= Character.isUpperCase(cp);
      }
    }
    return capital;
  }
}
