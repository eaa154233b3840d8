package newsarchive.ingest.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsarchive.gazetteer.AliasTarget;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.gazetteer.GazetteerEntry;
import newsarchive.gazetteer.NameToken;

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

  private static final Set<String> PLACE_TYPES = Set.of("country", "admin1");

  // Words that begin Arabic place names ("Kafr Naha", "Tal Hamis", "Deir Salam").
  private static final Set<String> NAME_HEADS =
      Set.of(
          "kafr", "kfar", "kafar", "tal", "tall", "tell", "tel", "deir", "dayr", "ain", "ayn",
          "bir", "khirbet", "khirbat", "jabal", "jebel", "wadi", "ras", "beit", "bayt", "umm",
          "abu", "bab", "qasr", "jisr", "maarat", "maaret", "sheikh", "burj", "hay", "bustan",
          "halab", "souq", "suq", "tallat", "telal", "nahr", "marj", "qalaat", "mazraat", "arab");

  private static final Set<String> OUTLET_WORDS =
      Set.of(
          "news",
          "agency",
          "times",
          "post",
          "tribune",
          "herald",
          "today",
          "tv",
          "television",
          "radio",
          "journal",
          "observer",
          "gazette",
          "daily");

  // Words after "the U.S." that end the name rather than being modified by it.
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "on", "in", "at", "and", "or", "to", "for", "from", "with", "by", "of", "al", "but",
          "since", "after", "before", "last", "this", "is", "was", "has", "had", "will", "would",
          "said", "says", "could", "should", "did", "does", "are", "were", "over", "into");

  private static final Set<String> SPEECH_VERBS =
      Set.of("said", "says", "told", "added", "stated", "announced", "wrote", "tweeted");

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

  /** Whether the place match {@code m} (its best entry being {@code entry}) names a place. */
  boolean isPlace(String text, List<NameToken> tokens, AliasMatch m, GazetteerEntry entry) {
    if (isAbbreviation(tokens, m)) {
      return abbreviationStands(text, tokens, m);
    }
    NameToken last = tokens.get(m.last());
    int after = last.end();
    if (BACKER.matcher(text.substring(after, Math.min(text.length(), after + 20))).find()) {
      return false;
    }
    int before = m.first() - 1;
    if (before > 0 && tokens.get(before).key().equals("al") && !tokens.get(before).breakBefore()) {
      before--; // "Nabil al-Arabi": look past the article
    }
    if (before >= 0 && !tokens.get(before + 1).breakBefore()) {
      NameToken previous = tokens.get(before);
      boolean capitalised = previous.shape() == NameToken.Shape.CAPITALISED;
      if (capitalised && gazetteer.isPersonWord(previous.key())) {
        return false; // a title or a given name before it: a person
      }
      if (capitalised && m.first() == m.last() && NAME_HEADS.contains(previous.key())) {
        return false; // "Kafr Naha", "Tal Hamis": part of a longer name the gazetteer lacks
      }
    }
    if (isAcronym(tokens, m) && m.last() + 1 < tokens.size()) {
      NameToken next = tokens.get(m.last() + 1);
      if (!next.breakBefore()
          && next.shape() != NameToken.Shape.ALL_CAPS
          && !FUNCTION_WORDS.contains(next.key())) {
        return false; // "U.S. officials", "U.S. Central Command": an adjective, not a place
      }
    }
    if (m.last() + 1 < tokens.size() && !tokens.get(m.last() + 1).breakBefore()) {
      String next = tokens.get(m.last() + 1).key();
      if (OUTLET_WORDS.contains(next)) {
        return false; // "Fars News Agency", "Aleppo Today"
      }
      boolean major = PLACE_TYPES.contains(entry.type()) || entry.type().equals("capital");
      if (!major && SPEECH_VERBS.contains(next) && m.first() == m.last()) {
        return false; // "Yildirim said": a person; "Damascus said" stays the government's seat
      }
    }
    if (allCaps(tokens, m) && !isDatelineOrHeadline(text, tokens, m)) {
      return false; // "SAMS", "SANA": an acronym that spells a place's name
    }
    if (m.first() == m.last() && !PLACE_TYPES.contains(entry.type())) {
      return !looksLikeSurnameFollows(text, tokens, m.last());
    }
    return true;
  }

  /** Whether the match is a division's abbreviation ("Tenn.", "W.Va."), whatever its context. */
  boolean isAbbreviation(List<NameToken> tokens, AliasMatch m) {
    return gazetteer.isAbbreviation(Gazetteer.keyOf(tokens.subList(m.first(), m.last() + 1)));
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
    return inside && !previous.breakBefore() ? Surname.AFTER_NAME : Surname.NO;
  }

  private static boolean allCaps(List<NameToken> tokens, AliasMatch m) {
    for (int k = m.first(); k <= m.last(); k++) {
      if (tokens.get(k).shape() != NameToken.Shape.ALL_CAPS) {
        return false;
      }
    }
    return m.targets().stream().noneMatch(t -> t.casePattern()[0] == AliasTarget.ACRONYM);
  }

  // A word in capitals is a name at the start of a line ("AMMAN (Reuters) -") or among other
  // words in capitals (a headline).
  private static boolean isDatelineOrHeadline(String text, List<NameToken> tokens, AliasMatch m) {
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
