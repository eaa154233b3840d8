package newsarchive.ingest.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsarchive.gazetteer.AliasTarget;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.gazetteer.NameToken;
import newsarchive.gazetteer.NameTokenizer;

/**
 * Reads the words around a place match to tell a place from something that only shares its name: a
 * surname ("Michael Jordan", "Talas al Salameh") or a backer in a compound ("Turkey-backed rebels",
 * "U.S.-led coalition"). Thread-safe (immutable).
 */
final class NameContext {

  private static final Pattern BACKER =
      Pattern.compile(
          "^\\.?[-‐‑](backed|led|sponsored|supported|allied|funded|armed|trained|brokered"
              + "|mediated|aligned|friendly)\\b",
          Pattern.CASE_INSENSITIVE);

  // Words that end the name of an outlet, a university or a party ("Fars News Agency", "Syracuse
  // University", "Lansing State Journal"): a place name inside one is that name's, not a place.
  private static final Set<String> NAME_OWNERS =
      Set.of(
          "university",
          "college",
          "party",
          "times",
          "news",
          "post",
          "tribune",
          "herald",
          "journal",
          "gazette",
          "observer",
          "daily",
          "today",
          "agency",
          "tv",
          "television",
          "radio",
          "newspaper");

  // Words that begin Arabic place names ("Kafr Naha", "Tal Hamis", "Deir Salam").
  private static final Set<String> NAME_HEADS =
      Set.of(
          "kafr", "kfar", "kafar", "tal", "tall", "tell", "tel", "deir", "dayr", "ain", "ayn",
          "bir", "khirbet", "khirbat", "jabal", "jebel", "wadi", "ras", "beit", "bayt", "umm",
          "abu", "bab", "qasr", "jisr", "maarat", "maaret", "sheikh", "burj", "hay", "bustan",
          "halab", "souq", "suq", "tallat", "telal", "nahr", "marj", "qalaat", "mazraat", "arab");

  private static final Set<String> OUTLET_WORDS = Set.of("news", "agency", "newspaper");

  // Words after "the U.S." that end the name rather than being modified by it.
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "on", "in", "at", "and", "or", "to", "for", "from", "with", "by", "of", "al", "but",
          "since", "after", "before", "last", "this", "is", "was", "has", "had", "will", "would",
          "said", "says", "could", "should", "did", "does", "are", "were", "over", "into");

  // Capitalised words that begin place names rather than persons' ("North Carolina", "Fort
  // Worth", "Greater Damascus") or start sentences.
  private static final Set<String> PLACE_PREFIXES =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "upper",
          "lower",
          "greater",
          "old",
          "new",
          "downtown",
          "rural",
          "fort",
          "port",
          "lake",
          "mount",
          "saint",
          "st",
          "san",
          "santa",
          "los",
          "las",
          "the",
          "in",
          "at",
          "from",
          "to",
          "near",
          "outside",
          "inside",
          "across",
          "and",
          "of",
          "for",
          "by",
          "on",
          "with");

  private final Gazetteer gazetteer;

  NameContext(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Whether the archive's conventions rule the place match {@code m} out whatever else it says: a
   * backer in a compound ("Turkey-backed rebels", "U.S.-led coalition"), a country's initials used
   * as an adjective ("U.S. officials", "U.S. Central Command"), a name inside an outlet's, a
   * university's or a party's name ("Fars News Agency", "Syracuse University", "the University of
   * Manitoba"), an acronym in capitals that spells a place's name ("SANA"), or one word of a longer
   * Arabic name the gazetteer lacks ("Kafr Naha", "Talas al Salameh"): the training texts show none
   * of these, so they stay rules.
   */
  boolean isRuledOut(String text, List<NameToken> tokens, AliasMatch m) {
    int after = tokens.get(m.last()).end();
    if (BACKER.matcher(text.substring(after, Math.min(text.length(), after + 20))).find()) {
      return true;
    }
    if (isInsideOwnersName(text, tokens, m)) {
      return true;
    }
    if (m.first() == m.last() && m.first() > 0 && !tokens.get(m.first()).breakBefore()) {
      NameToken previous = tokens.get(m.first() - 1);
      if (previous.shape() != NameToken.Shape.LOWER && NAME_HEADS.contains(previous.key())) {
        return true; // "Kafr Naha", "Tal Hamis": part of a longer name the gazetteer lacks
      }
    }
    if (m.first() == m.last() && looksLikeSurnameFollows(text, tokens, m.last())) {
      return true; // "Talas al Salameh": a person's name or a longer place name
    }
    if (allCaps(tokens, m)
        && !isDatelineOrHeadline(text, tokens, m)
        && tokens.get(m.last()).end() - tokens.get(m.first()).start() <= 4) {
      return true; // "SANA", "NATO": an acronym that spells a place's name
    }
    if (isAcronym(tokens, m) && m.last() + 1 < tokens.size()) {
      NameToken next = tokens.get(m.last() + 1);
      return !next.breakBefore()
          && next.shape() != NameToken.Shape.ALL_CAPS
          && !FUNCTION_WORDS.contains(next.key());
    }
    return false;
  }

  // "Fars News Agency", "Xinhua news agency", "Syracuse University", "the University of Manitoba",
  // "United Russia Party": the name of an outlet, a university or a party.
  private static boolean isInsideOwnersName(String text, List<NameToken> tokens, AliasMatch m) {
    int next = m.last() + 1;
    int end = tokens.get(m.last()).end();
    boolean possessive =
        end + 1 < text.length()
            && NameTokenizer.isApostrophe(text.charAt(end))
            && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S');
    if (!possessive && capitalisedWordFollows(tokens, next, NAME_OWNERS)) {
      return true; // but "Iraq's Communist Party" is Iraq's
    }
    if (next < tokens.size()
        && !tokens.get(next).breakBefore()
        && tokens.get(next).shape() == NameToken.Shape.LOWER
        && OUTLET_WORDS.contains(tokens.get(next).key())) {
      return true;
    }
    int of = m.first() - 1;
    if (of < 1 || tokens.get(m.first()).breakBefore() || !tokens.get(of).key().equals("of")) {
      return false;
    }
    NameToken owner = tokens.get(of - 1);
    return !tokens.get(of).breakBefore()
        && owner.shape() != NameToken.Shape.LOWER
        && NAME_OWNERS.contains(owner.key());
  }

  /**
   * Whether one of {@code words} is among the (up to three) capitalised words from token {@code
   * next} on, in one clause: "Decatur Police Department", "Lansing State Journal".
   */
  static boolean capitalisedWordFollows(List<NameToken> tokens, int next, Set<String> words) {
    for (int k = next; k < Math.min(tokens.size(), next + 3); k++) {
      NameToken t = tokens.get(k);
      if (t.breakBefore() || t.shape() == NameToken.Shape.LOWER) {
        return false;
      }
      if (words.contains(t.key())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the match is a division's abbreviation ("Tenn.", "W.Va."), whatever its context. */
  boolean isAbbreviation(List<NameToken> tokens, AliasMatch m) {
    return gazetteer.isAbbreviation(Gazetteer.keyOf(tokens.subList(m.first(), m.last() + 1)));
  }

  /** Whether the match is a division's abbreviation where the press would not write one. */
  boolean isStrayAbbreviation(String text, List<NameToken> tokens, AliasMatch m) {
    return isAbbreviation(tokens, m) && !abbreviationStands(text, tokens, m);
  }

  // "Rogersville, Tenn.", "Sen. Jane Roe, D-N.D.", "a Ga. pastor", "S.C. 6" (a state's road): the
  // abbreviation with its full stop after a town's name and a comma, after a party's initial, or
  // before a lower-case word or a number of its sentence, though not after a number ("390 B.C.").
  // Elsewhere "Miss.", "Mass." or "Man." are other words.
  private static boolean abbreviationStands(String text, List<NameToken> tokens, AliasMatch m) {
    int end = tokens.get(m.last()).end();
    if (end >= text.length() || text.charAt(end) != '.') {
      return false;
    }
    int start = tokens.get(m.first()).start();
    if (m.first() > 0) {
      NameToken previous = tokens.get(m.first() - 1);
      String gap = text.substring(previous.end(), start);
      if (gap.strip().equals(",") && previous.shape() != NameToken.Shape.LOWER) {
        return true;
      }
      if (gap.equals("-")
          && previous.end() - previous.start() == 1
          && "DRI".indexOf(text.charAt(previous.start())) >= 0) {
        return true;
      }
    }
    boolean afterNumber = m.first() > 0 && isNumber(tokens.get(m.first() - 1));
    if (m.last() + 1 < tokens.size() && !afterNumber) { // "300 B.C." is a year
      NameToken next = tokens.get(m.last() + 1);
      return next.shape() == NameToken.Shape.LOWER
          && text.substring(end, next.start()).equals(". ");
    }
    return false;
  }

  private static boolean isNumber(NameToken token) {
    return Character.isDigit(token.key().charAt(0));
  }

  /** How a one-word place match reads as a person's surname, if it does. */
  enum Surname {
    NO,
    /** After a title or a given name: "President Bush", "Mr Burton", "Michael Jordan". */
    AFTER_TITLE,
    /** After another capitalised word inside a sentence that is no name we know: "Alan Burton". */
    AFTER_NAME
  }

  /**
   * Whether a one-word place match reads as a person's surname here. {@code named} marks the tokens
   * inside any alias match, which are names of their own ("Saudi Arabia Turkey" in a headline).
   */
  Surname surname(String text, List<NameToken> tokens, AliasMatch m, boolean[] named) {
    if (m.first() != m.last() || m.first() == 0 || tokens.get(m.first()).breakBefore()) {
      return Surname.NO;
    }
    NameToken previous = tokens.get(m.first() - 1);
    if (previous.shape() != NameToken.Shape.CAPITALISED || named[m.first() - 1]) {
      return Surname.NO;
    }
    if (gazetteer.isPersonWord(previous.key())) {
      return Surname.AFTER_TITLE;
    }
    String key = previous.key();
    boolean possessive =
        key.endsWith("s") && gazetteer.targets(key.substring(0, key.length() - 1)).length > 0;
    if (possessive // "Syrias Aleppo": a possessive whose apostrophe was lost
        || PLACE_PREFIXES.contains(key)
        || FUNCTION_WORDS.contains(key)
        || gazetteer.countryContext().demonymCountry(key) != null
        || gazetteer.targets(key).length > 0
        || gazetteer.isPrefix(key)) {
      return Surname.NO;
    }
    // A capitalised word that starts its sentence may be any word ("Residents", "Police").
    int from = m.first() >= 2 ? tokens.get(m.first() - 2).end() : 0;
    String gap = text.substring(from, previous.start());
    boolean inside = m.first() >= 2 && !gap.contains(".") && !gap.contains("\n");
    return inside && !previous.breakBefore() && !isTitleCase(text, tokens, m.first())
        ? Surname.AFTER_NAME
        : Surname.NO;
  }

  // "Regime Forces Use Banned Bombs to Attack Aleppo": in a headline in title case every longer
  // word is capitalised, so a capitalised neighbour says nothing of a person.
  private static boolean isTitleCase(String text, List<NameToken> tokens, int index) {
    int lineStart = text.lastIndexOf('\n', tokens.get(index).start()) + 1;
    int lineEnd = text.indexOf('\n', tokens.get(index).end());
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    int words = 0;
    for (int k = Math.max(0, index - 12); k < Math.min(tokens.size(), index + 13); k++) {
      NameToken t = tokens.get(k);
      if (t.start() < lineStart || t.end() > lineEnd || t.end() - t.start() < 4) {
        continue;
      }
      if (t.shape() == NameToken.Shape.LOWER) {
        return false;
      }
      words++;
    }
    return words >= 3;
  }

  /**
   * Whether a one-word place match reads as a person's given name here: an unknown capitalised word
   * follows it in its clause ("Georgia Stevens", "Brandon Giuda"), no known name, place or prefix.
   */
  boolean isGivenName(String text, List<NameToken> tokens, AliasMatch m, boolean[] named) {
    int next = m.last() + 1;
    if (m.first() != m.last() || next >= tokens.size() || tokens.get(next).breakBefore()) {
      return false;
    }
    NameToken word = tokens.get(next);
    String key = word.key();
    return word.shape() == NameToken.Shape.CAPITALISED
        && !isTitleCase(text, tokens, next)
        && !named[next]
        && !PLACE_PREFIXES.contains(key)
        && !FUNCTION_WORDS.contains(key)
        && gazetteer.countryContext().demonymCountry(key) == null
        && gazetteer.targets(key).length == 0
        && !gazetteer.isPrefix(key);
  }

  /** Whether every word of the match is in capitals and no alias asks for that ("SANA"). */
  static boolean allCaps(List<NameToken> tokens, AliasMatch m) {
    for (int k = m.first(); k <= m.last(); k++) {
      if (tokens.get(k).shape() != NameToken.Shape.ALL_CAPS) {
        return false;
      }
    }
    return m.targets().stream().noneMatch(t -> t.casePattern()[0] == AliasTarget.ACRONYM);
  }

  // A word in capitals is a name at the start of a line ("AMMAN (Reuters) -") or among other
  // words in capitals (a headline).
  static boolean isDatelineOrHeadline(String text, List<NameToken> tokens, AliasMatch m) {
    int start = tokens.get(m.first()).start();
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (text.substring(lineStart, start).isBlank()) {
      return true;
    }
    boolean before = m.first() > 0 && tokens.get(m.first() - 1).shape() == NameToken.Shape.ALL_CAPS;
    boolean after =
        m.last() + 1 < tokens.size()
            && tokens.get(m.last() + 1).shape() == NameToken.Shape.ALL_CAPS;
    return before || after;
  }

  private static boolean isAcronym(List<NameToken> tokens, AliasMatch m) {
    for (int k = m.first(); k <= m.last(); k++) {
      NameToken token = tokens.get(k);
      if (token.shape() != NameToken.Shape.ALL_CAPS || token.end() - token.start() > 3) {
        return false;
      }
    }
    return true;
  }

  // "Talas al Salameh", "Binan al-Hos": a one-word name, then an article and a capitalised word,
  // is a person's name or a longer place name the gazetteer lacks.
  private static boolean looksLikeSurnameFollows(String text, List<NameToken> tokens, int last) {
    if (last + 2 >= tokens.size()) {
      return false;
    }
    NameToken article = tokens.get(last + 1);
    NameToken surname = tokens.get(last + 2);
    String surface = text.substring(article.start(), article.end()).toLowerCase(Locale.ROOT);
    return !article.breakBefore()
        && !surname.breakBefore()
        && (surface.equals("al") || surface.equals("el") || surface.equals("bin"))
        && surname.shape() == NameToken.Shape.CAPITALISED;
  }
}
