package newsarchive.ingest.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsarchive.gazetteer.CountryContext;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.gazetteer.GazetteerEntry;
import newsarchive.gazetteer.NameToken;
import newsarchive.gazetteer.PlaceFacts;

/**
 * What the {@link PlaceModel} weighs about a place candidate: what the place is (a country, a
 * division, a city, a smaller locality, and how many live there), where the article is set (its
 * country, its division or a neighbour named), and the words around the name (a preposition such as
 * "in", a comma and its state, a title or a given name before it, "University" or "Street" after
 * it, capitals). Each value lies between 0 and 1. Thread-safe (immutable).
 */
final class PlaceFeatures {

  /** The features, in the order of the values. */
  enum Feature {
    /** Always 1. */
    BIAS,
    /** A country. */
    COUNTRY,
    /** A capital. */
    CAPITAL,
    /** A first-level division. */
    DIVISION,
    /** A county or parish. */
    COUNTY,
    /** A city (100,000 people, or a division's seat). */
    CITY,
    /** A town or village of the region. */
    TOWN,
    /** A smaller locality of the wider world. */
    LOCALITY,
    /** A region, river, crossing... of the overlay. */
    REGION,
    /** Log10 of the people, over 7. */
    POPULATION,
    /** Written as its canonical name. */
    CANONICAL,
    /** In a country the article is set in. */
    SETTING,
    /** Next to such a country. */
    NEIGHBOUR,
    /** A city, town or locality in neither such a country nor next to one ("the Duma"). */
    FOREIGN_TOWN,
    /** Its division named in the article. */
    DIVISION_NAMED,
    /** "Ozark, Missouri": its division or country after a comma. */
    QUALIFIED,
    /** Within 100 km of a place the article names unambiguously. */
    NEAR,
    /** How many places share the name. */
    AMBIGUOUS,
    /** A name of several words. */
    MULTIWORD,
    /** How often the place is named, by any of its names. */
    REPEATED,
    /** In a list of places: "Kobane, Tal Rifaat, Jazira and Derik". */
    LISTED,
    /** The name is a title or a given name. */
    GIVEN_NAME,
    /** After "in", "near", "eastern".... */
    AFTER_IN,
    /** After "from", "to", "of", "between". */
    AFTER_FROM,
    /** After "the". */
    AFTER_THE,
    /** A town after "the". */
    AFTER_THE_TOWN,
    /** After "coach", "attorney".... */
    AFTER_ROLE,
    /** "Council of Europe". */
    OF_IN_NAME,
    /** After a title or given name. */
    AFTER_TITLE,
    /** After an unknown capitalised word. */
    AFTER_NAME,
    /** After a title somewhere in the article. */
    TITLE_ELSEWHERE,
    /** After an unknown capitalised word somewhere. */
    NAME_ELSEWHERE,
    /** Before an unknown capitalised word somewhere. */
    FIRST_NAME_ELSEWHERE,
    /** The subject of "said" somewhere. */
    SAID_ELSEWHERE,
    /** Before another capitalised word. */
    BEFORE_NAME,
    /** Before "University", "News".... */
    BEFORE_ORGANISATION,
    /** Before "Street", "Road".... */
    BEFORE_STREET,
    /** Before "said". */
    BEFORE_SPEECH,
    /** In capitals outside a dateline or headline. */
    ALL_CAPS,
    /** At the start of a line. */
    LINE_START,
    /** At the start of a sentence. */
    SENTENCE_START,
    /** Before a comma. */
    BEFORE_COMMA;

    /** The feature's name in the model file: "divisionNamed" for DIVISION_NAMED. */
    String fileName() {
      String[] words = name().toLowerCase(Locale.ROOT).split("_");
      StringBuilder out = new StringBuilder(words[0]);
      for (int k = 1; k < words.length; k++) {
        out.append(Character.toUpperCase(words[k].charAt(0))).append(words[k].substring(1));
      }
      return out.toString();
    }
  }

  /** The features' names, in the order of the values; the model file names them so. */
  static final List<String> NAMES = Arrays.stream(Feature.values()).map(Feature::fileName).toList();

  private static final int N = NAMES.size();

  // Words before a name that place what follows: "in Ozark", "near Laconia".
  private static final Set<String> LOCATIVES =
      Set.of(
          "in",
          "at",
          "near",
          "outside",
          "inside",
          "into",
          "across",
          "around",
          "throughout",
          "within",
          "toward",
          "towards",
          "through",
          "via",
          "onto",
          "beyond",
          "north",
          "south",
          "east",
          "west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "downtown",
          "rural",
          "suburban",
          "nearby",
          "neighbouring",
          "neighboring");

  private static final Set<String> ORIGINS = Set.of("from", "to", "of", "between");

  // Lower-case words for a person's role before a name: "coach Ripley", "attorney Brandon Giuda".
  private static final Set<String> ROLES =
      Set.of(
          "coach",
          "sheriff",
          "officer",
          "deputy",
          "judge",
          "attorney",
          "lawyer",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "commissioner",
          "senator",
          "president",
          "chairman",
          "chairwoman",
          "director",
          "manager",
          "mayor",
          "governor",
          "councilman",
          "councilwoman",
          "pastor",
          "detective",
          "trooper",
          "teacher",
          "principal",
          "superintendent",
          "minister",
          "secretary",
          "chief",
          "captain",
          "sergeant",
          "lieutenant",
          "professor",
          "dr",
          "mr",
          "mrs",
          "ms",
          "defendant",
          "suspect",
          "victim",
          "player",
          "quarterback",
          "guard",
          "forward",
          "pitcher",
          "son",
          "daughter",
          "wife",
          "husband",
          "brother",
          "sister",
          "mother",
          "father");

  // Words that make a name before them part of an organisation's or an outlet's name.
  private static final Set<String> ORGANISATION_WORDS =
      Set.of(
          "school",
          "academy",
          "institute",
          "company",
          "corporation",
          "corp",
          "inc",
          "bank",
          "hospital",
          "church",
          "association",
          "council",
          "police",
          "department",
          "stadium",
          "airport",
          "high",
          "memorial",
          "foundation",
          "group",
          "court",
          "club",
          "energy",
          "center",
          "centre",
          "sheriff",
          "commission",
          "authority",
          "board",
          "office");

  private static final Set<String> STREET_WORDS =
      Set.of(
          "street",
          "st",
          "road",
          "rd",
          "avenue",
          "ave",
          "drive",
          "lane",
          "boulevard",
          "blvd",
          "highway",
          "parkway",
          "pike",
          "trail",
          "square",
          "place",
          "way",
          "bridge");

  private static final Set<String> SPEECH_VERBS =
      Set.of("said", "says", "told", "added", "stated", "announced", "wrote", "tweeted");

  private final Gazetteer gazetteer;
  private final CountryContext countries;
  private final NameContext context;
  private final PlaceResolver resolver;

  PlaceFeatures(Gazetteer gazetteer, NameContext context, PlaceResolver resolver) {
    this.gazetteer = gazetteer;
    this.countries = gazetteer.countryContext();
    this.context = context;
    this.resolver = resolver;
  }

  /** What an article's candidates share: its text, its places and where it is set. */
  record Article(
      String text,
      List<NameToken> tokens,
      List<AliasMatch> places,
      int[] chosen,
      Set<String> settings,
      boolean[] named,
      PlaceResolver.Divisions divisions,
      List<PlaceFacts> anchors,
      Map<Integer, Integer> counts,
      Map<String, Integer> persons,
      boolean[] placeTokens,
      NameContext.Surname[] surnames,
      Set<String> nextDoor) {}

  // Bits of Article.persons: how the article uses a one-word name as a person's somewhere.
  private static final int AFTER_TITLE = 1;
  private static final int AFTER_NAME = 2;
  private static final int FIRST_NAME = 4;
  private static final int SAID = 8;

  /**
   * The article-wide facts for {@link #of}: {@code named} marks the tokens inside any alias match.
   */
  Article article(
      String text,
      List<NameToken> tokens,
      List<AliasMatch> places,
      int[] chosen,
      Set<String> settings,
      PlaceResolver.Divisions divisions,
      boolean[] named) {
    List<PlaceFacts> anchors = new ArrayList<>();
    Map<Integer, Integer> counts = new HashMap<>();
    Map<String, Integer> persons = new HashMap<>();
    boolean[] placeTokens = new boolean[tokens.size()];
    NameContext.Surname[] surnames = new NameContext.Surname[places.size()];
    for (int i = 0; i < places.size(); i++) {
      AliasMatch m = places.get(i);
      Arrays.fill(placeTokens, m.first(), m.last() + 1, true);
      GazetteerEntry entry = gazetteer.entry(chosen[i]);
      if (m.targets().size() == 1 && !entry.type().equals("country")) {
        anchors.add(gazetteer.facts(chosen[i]));
      }
      String key = key(tokens, m);
      counts.merge(chosen[i], 1, Integer::sum); // "Kobani ... known as Ayn al-Arab"
      surnames[i] = context.surname(text, tokens, m, named);
      if (m.first() == m.last()) {
        int uses =
            switch (surnames[i]) {
              case AFTER_TITLE -> AFTER_TITLE;
              case AFTER_NAME -> AFTER_NAME;
              case NO -> 0;
            };
        if (context.isGivenName(text, tokens, m, named)) {
          uses |= FIRST_NAME;
        }
        NameToken next = after(tokens, m);
        NameToken previous = before(tokens, m);
        boolean subject = previous == null || previous.shape() != NameToken.Shape.LOWER;
        if (next != null && SPEECH_VERBS.contains(next.key()) && subject) {
          uses |= SAID; // "McKinney said", not "a source in Aleppo said"
        }
        if (uses != 0) {
          persons.merge(key, uses, (a, b) -> a | b);
        }
      }
    }
    return new Article(
        text,
        tokens,
        places,
        chosen,
        settings,
        named,
        divisions,
        anchors,
        counts,
        persons,
        placeTokens,
        surnames,
        nextDoor(settings));
  }

  // The neighbours of the countries an article is set in.
  private Set<String> nextDoor(Set<String> settings) {
    Set<String> out = new HashSet<>();
    for (String country : settings) {
      out.addAll(countries.neighbours(country));
    }
    return out;
  }

  /** The feature values of the article's {@code i}th place candidate, in {@link #NAMES} order. */
  double[] of(Article a, int i) {
    Values v = new Values();
    AliasMatch m = a.places().get(i);
    int index = a.chosen()[i];
    GazetteerEntry entry = gazetteer.entry(index);
    PlaceFacts facts = gazetteer.facts(index);
    List<NameToken> tokens = a.tokens();
    String text = a.text();
    String type = entry.type();
    String country = entry.country();
    String key = key(tokens, m);
    boolean single = m.first() == m.last();
    v.put(Feature.BIAS, 1);
    switch (type) {
      case "country" -> v.put(Feature.COUNTRY, 1);
      case "capital" -> v.put(Feature.CAPITAL, 1);
      case "admin1" -> v.put(Feature.DIVISION, 1);
      case "admin2" -> v.put(Feature.COUNTY, 1);
      case "city" -> v.put(Feature.CITY, 1);
      case "town", "village" -> v.put(Feature.TOWN, 1);
      case "locality" -> v.put(Feature.LOCALITY, 1);
      default -> v.put(Feature.REGION, 1);
    }
    boolean populated =
        v.on(Feature.CAPITAL) || v.on(Feature.CITY) || v.on(Feature.TOWN) || v.on(Feature.LOCALITY);
    if (populated) {
      v.put(Feature.POPULATION, Math.min(1, Math.log10(facts.population() + 1.0) / 7));
    }
    String surface = text.substring(tokens.get(m.first()).start(), tokens.get(m.last()).end());
    v.put(Feature.CANONICAL, surface.equalsIgnoreCase(entry.canonical()));
    v.put(Feature.SETTING, country == null || a.settings().contains(country));
    v.put(Feature.NEIGHBOUR, !v.on(Feature.SETTING) && a.nextDoor().contains(country));
    v.put(
        Feature.FOREIGN_TOWN,
        (v.on(Feature.CITY) || v.on(Feature.TOWN) || v.on(Feature.LOCALITY))
            && !v.on(Feature.SETTING)
            && !v.on(Feature.NEIGHBOUR));
    v.put(
        Feature.DIVISION_NAMED,
        !type.equals("country")
            && !type.equals("admin1")
            && a.divisions().contains(country, facts.admin1()));
    v.put(Feature.QUALIFIED, resolver.isQualified(text, tokens, m.last(), entry, facts));
    v.put(Feature.NEAR, !type.equals("country") && PlaceResolver.isWithin(facts, a.anchors(), 100));
    v.put(Feature.AMBIGUOUS, Math.min(1, Math.log(m.targets().size()) / Math.log(2) / 4));
    v.put(Feature.MULTIWORD, !single);
    v.put(
        Feature.REPEATED,
        Math.min(1, Math.log(a.counts().getOrDefault(index, 1)) / Math.log(2) / 3));
    v.put(Feature.LISTED, isListed(text, tokens, a.placeTokens(), m));
    v.put(Feature.GIVEN_NAME, single && gazetteer.isPersonWord(key));
    NameToken previous = before(tokens, m);
    if (previous != null && previous.shape() == NameToken.Shape.LOWER) {
      v.put(Feature.AFTER_IN, LOCATIVES.contains(previous.key()));
      v.put(Feature.AFTER_FROM, ORIGINS.contains(previous.key()));
      v.put(Feature.AFTER_THE, previous.key().equals("the"));
      v.put(Feature.AFTER_THE_TOWN, populated && previous.key().equals("the"));
      v.put(
          Feature.OF_IN_NAME,
          previous.key().equals("of") && isInsideName(text, tokens, m.first() - 1));
    }
    v.put(Feature.AFTER_ROLE, previous != null && ROLES.contains(previous.key()));
    NameContext.Surname surname = a.surnames()[i];
    v.put(Feature.AFTER_TITLE, surname == NameContext.Surname.AFTER_TITLE);
    v.put(Feature.AFTER_NAME, surname == NameContext.Surname.AFTER_NAME);
    int persons = single ? a.persons().getOrDefault(key, 0) : 0;
    v.put(Feature.TITLE_ELSEWHERE, (persons & AFTER_TITLE) != 0);
    v.put(Feature.NAME_ELSEWHERE, (persons & AFTER_NAME) != 0);
    v.put(Feature.FIRST_NAME_ELSEWHERE, (persons & FIRST_NAME) != 0);
    // "Australia said", "Damascus said": a country's or a capital's government speaks.
    boolean government = v.on(Feature.COUNTRY) || v.on(Feature.CAPITAL) || v.on(Feature.DIVISION);
    v.put(Feature.SAID_ELSEWHERE, (persons & SAID) != 0 && !government);
    NameToken next = after(tokens, m);
    if (next != null) {
      boolean organisation = organisationFollows(tokens, m.last() + 1);
      boolean street = STREET_WORDS.contains(next.key());
      v.put(
          Feature.BEFORE_NAME,
          next.shape() != NameToken.Shape.LOWER && !organisation && !street && !isName(next));
      v.put(Feature.BEFORE_ORGANISATION, organisation);
      v.put(Feature.BEFORE_STREET, street && next.shape() != NameToken.Shape.LOWER);
      v.put(Feature.BEFORE_SPEECH, single && !government && SPEECH_VERBS.contains(next.key()));
    }
    boolean caps = NameContext.allCaps(tokens, m);
    v.put(Feature.ALL_CAPS, caps && !NameContext.isDatelineOrHeadline(text, tokens, m));
    int start = tokens.get(m.first()).start();
    v.put(Feature.LINE_START, startsLine(text, start));
    v.put(
        Feature.SENTENCE_START,
        v.on(Feature.LINE_START) || startsSentence(text, tokens, m.first()));
    int end = tokens.get(m.last()).end();
    v.put(Feature.BEFORE_COMMA, end < text.length() && text.charAt(end) == ',');
    return v.x;
  }

  // A place named next to another place, after a comma or "and": "Kobane, Tal Rifaat, Jazira and
  // Derik".
  private static boolean isListed(
      String text, List<NameToken> tokens, boolean[] placeTokens, AliasMatch m) {
    return listNeighbour(text, tokens, placeTokens, m.first(), -1)
        || listNeighbour(text, tokens, placeTokens, m.last(), 1);
  }

  private static boolean listNeighbour(
      String text, List<NameToken> tokens, boolean[] placeTokens, int from, int step) {
    int k = from + step;
    if (k < 0 || k >= tokens.size()) {
      return false;
    }
    String word = tokens.get(k).key();
    if ((word.equals("and") || word.equals("or")) && isBlank(text, tokens, Math.min(from, k))) {
      int beyond = k + step;
      return beyond >= 0
          && beyond < tokens.size()
          && placeTokens[beyond]
          && isBlank(text, tokens, Math.min(k, beyond));
    }
    int left = Math.min(from, k);
    return placeTokens[k]
        && PlaceResolver.isComma(text, tokens.get(left).end(), tokens.get(left + 1).start());
  }

  // Only blanks between token {@code left} and the next.
  private static boolean isBlank(String text, List<NameToken> tokens, int left) {
    for (int c = tokens.get(left).end(); c < tokens.get(left + 1).start(); c++) {
      if (!Character.isWhitespace(text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  // "the Council of Europe", "BlueCross BlueShield of Tennessee": "of" between a capitalised word
  // inside its sentence and the name.
  private static boolean isInsideName(String text, List<NameToken> tokens, int of) {
    if (of == 0 || tokens.get(of).breakBefore()) {
      return false;
    }
    NameToken word = tokens.get(of - 1);
    return word.shape() != NameToken.Shape.LOWER && !startsSentence(text, tokens, of - 1);
  }

  // "Decatur Police Department", "Anderson County Sheriff": an institution's word among the next
  // three capitalised words.
  private static boolean organisationFollows(List<NameToken> tokens, int next) {
    return NameContext.capitalisedWordFollows(tokens, next, ORGANISATION_WORDS);
  }

  /** One candidate's values as they are set. */
  private static final class Values {
    final double[] x = new double[N];

    void put(Feature f, double value) {
      x[f.ordinal()] = value;
    }

    void put(Feature f, boolean on) {
      x[f.ordinal()] = on ? 1 : 0;
    }

    boolean on(Feature f) {
      return x[f.ordinal()] != 0;
    }
  }

  private static String key(List<NameToken> tokens, AliasMatch m) {
    return m.first() == m.last()
        ? tokens.get(m.first()).key()
        : Gazetteer.keyOf(tokens.subList(m.first(), m.last() + 1));
  }

  // The word before the match in its clause ("in", "the", "Senator"), or null; the Arabic
  // article glued to a name is looked past ("in al-Hassakeh").
  private static NameToken before(List<NameToken> tokens, AliasMatch m) {
    int k = m.first() - 1;
    if (k >= 0 && !tokens.get(k + 1).breakBefore() && tokens.get(k).key().equals("al")) {
      k--;
    }
    if (k < 0 || tokens.get(k + 1).breakBefore()) {
      return null;
    }
    return tokens.get(k);
  }

  private static NameToken after(List<NameToken> tokens, AliasMatch m) {
    int next = m.last() + 1;
    if (next >= tokens.size() || tokens.get(next).breakBefore()) {
      return null;
    }
    return tokens.get(next);
  }

  // A capitalised word after a name that is itself a known name ("Houston Texas" in a headline)
  // does not make the first part of a longer one.
  private boolean isName(NameToken token) {
    return gazetteer.targets(token.key()).length > 0;
  }

  // Only blanks between the line's start and the name.
  private static boolean startsLine(String text, int start) {
    for (int k = start - 1; k >= 0; k--) {
      char c = text.charAt(k);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  // After a full stop, a question or exclamation mark, a colon or a line break: a capital there
  // says nothing about the word.
  private static boolean startsSentence(String text, List<NameToken> tokens, int first) {
    if (first == 0) {
      return true;
    }
    NameToken previous = tokens.get(first - 1);
    String gap = text.substring(previous.end(), tokens.get(first).start());
    for (int k = 0; k < gap.length(); k++) {
      char c = gap.charAt(k);
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '"' || c == '“') {
        return !(c == '.' && previous.key().length() == 1); // "U.S. Army" is no new sentence
      }
    }
    return false;
  }
}
