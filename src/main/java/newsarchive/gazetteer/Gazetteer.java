package newsarchive.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The factions and places the tagger knows, each under one canonical name with all its aliases,
 * read from the compact resources that {@link GazetteerBuilder} writes (GeoNames, UCDP and Phoenix
 * data plus a hand-kept overlay). Immutable and thread-safe once loaded.
 */
public final class Gazetteer {

  /** Where the compact resources live on the classpath. */
  static final String RESOURCE = "/newsarchive/gazetteer/" + GazetteerFile.NAME;

  /** Titles and given names, one key a line, beside the entries. */
  static final String PERSON_WORDS = "/newsarchive/gazetteer/" + GazetteerFile.PERSON_WORDS;

  static final String COUNTRIES = "/newsarchive/gazetteer/" + CountryContext.NAME;

  private static final AliasTarget[] NONE = new AliasTarget[0];

  private final List<GazetteerEntry> entries;
  private final PlaceFacts[] facts;
  private final int[] priors;
  private final Map<String, AliasTarget[]> aliases;
  private final Set<String> prefixes;
  // First words of the aliases that may start with a lower-case word.
  private final Set<String> lowerCaseStarts = new HashSet<>();
  private final Map<String, Integer> byCanonical;
  private final Map<String, Integer> countries = new HashMap<>();
  // Names of first-level divisions ("Oregon", "Dimashq"), with their countries.
  private final Map<String, Set<String>> divisionCountries = new HashMap<>();
  // The words of each division's name ("new", "york"), by the name as PlaceFacts carries it.
  private final Map<String, List<String>> divisionWords = new HashMap<>();
  // The words of each of a country's names, by its ISO code.
  private final Map<String, List<List<String>>> countryWords = new HashMap<>();
  // Keys of the press's abbreviations of divisions ("tenn" for "Tenn.", "w va" for "W.Va.").
  private final Set<String> abbreviations = new HashSet<>();
  private final CountryContext countryContext;
  private final int maxTokens;
  private final Set<String> personWords;

  private Gazetteer(
      List<GazetteerFile.Row> rows, Set<String> personWords, CountryContext countryContext) {
    this.personWords = Set.copyOf(personWords);
    this.countryContext = countryContext;
    int n = rows.size();
    List<GazetteerEntry> list = new ArrayList<>(n);
    facts = new PlaceFacts[n];
    priors = new int[n];
    Map<String, List<AliasTarget>> targets = new HashMap<>(n * 4);
    Map<String, byte[]> patterns = new HashMap<>();
    prefixes = new HashSet<>(n * 2);
    byCanonical = new HashMap<>(n * 2);
    int longest = 1;
    for (int i = 0; i < n; i++) {
      GazetteerFile.Row row = rows.get(i);
      list.add(row.entry());
      facts[i] = row.facts();
      priors[i] = row.prior();
      if (row.entry().type().equals("country")) {
        countries.putIfAbsent(row.entry().country(), i);
      }
      remember(byCanonical, row.entry().canonical(), i);
      remember(byCanonical, NameTokenizer.key(row.entry().canonical()), i);
      // Spellings of one key share the most lenient capitalisation: "Qalamoun Mountains" and
      // "Qalamoun mountains" both allow "the Qalamoun mountains".
      Map<String, byte[]> spellings = new LinkedHashMap<>();
      for (String alias : row.entry().aliases()) {
        List<NameToken> tokens = NameTokenizer.tokenize(alias);
        if (!tokens.isEmpty()) {
          spellings.merge(keyOf(tokens), casePattern(tokens), Gazetteer::lenient);
        }
      }
      for (Map.Entry<String, byte[]> spelling : spellings.entrySet()) {
        String key = spelling.getKey();
        byte[] fresh = spelling.getValue();
        byte[] pattern = patterns.computeIfAbsent(Arrays.toString(fresh), k -> fresh);
        targets.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new AliasTarget(i, pattern));
        if (pattern[0] == AliasTarget.FREE) {
          int space = key.indexOf(' ');
          lowerCaseStarts.add(space < 0 ? key : key.substring(0, space));
        }
        longest = Math.max(longest, pattern.length);
        for (int end = key.indexOf(' '); end > 0; end = key.indexOf(' ', end + 1)) {
          prefixes.add(key.substring(0, end));
        }
      }
    }
    entries = List.copyOf(list);
    for (int i = 0; i < n; i++) {
      PlaceFacts f = facts[i];
      if (f != null && f.admin1() != null) {
        List<String> words = divisionWords.get(f.admin1());
        if (words == null) {
          words = List.of(NameTokenizer.key(f.admin1()).split(" "));
          divisionWords.put(f.admin1(), words);
        }
        String key = String.join(" ", words);
        divisionCountries.computeIfAbsent(key, k -> new HashSet<>()).add(list.get(i).country());
      }
      GazetteerEntry entry = list.get(i);
      if (entry.type().equals("country") && countries.get(entry.country()) == i) {
        List<List<String>> names = new ArrayList<>();
        for (String alias : entry.aliases()) {
          names.add(List.of(NameTokenizer.key(alias).split(" ")));
        }
        countryWords.put(entry.country(), List.copyOf(names));
      }
      if (entry.type().equals("admin1")) {
        for (String alias : entry.aliases()) {
          if (looksAbbreviated(alias)) {
            String key = NameTokenizer.key(alias);
            abbreviations.add(key);
            divisionCountries.computeIfAbsent(key, k -> new HashSet<>()).add(entry.country());
          }
        }
      }
    }
    aliases = new HashMap<>(targets.size() * 2);
    targets.forEach((key, value) -> aliases.put(key, value.toArray(NONE)));
    maxTokens = longest;
  }

  /** Reads the gazetteer committed under /newsarchive/gazetteer/ on the classpath. */
  public static Gazetteer load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
        InputStream words = Gazetteer.class.getResourceAsStream(PERSON_WORDS);
        InputStream countries = Gazetteer.class.getResourceAsStream(COUNTRIES)) {
      if (in == null || words == null || countries == null) {
        throw new IllegalStateException("gazetteer resources missing under /newsarchive/gazetteer");
      }
      return read(in, words, countries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer resource", e);
    }
  }

  /** Reads the two files {@link GazetteerBuilder} writes: the entries (gzip) and person words. */
  public static Gazetteer read(InputStream entries, InputStream personWords) throws IOException {
    return read(entries, personWords, null);
  }

  /**
   * Reads the three files {@link GazetteerBuilder} writes; {@code countries} may be null for a
   * gazetteer without neighbours and demonyms.
   */
  public static Gazetteer read(InputStream entries, InputStream personWords, InputStream countries)
      throws IOException {
    CountryContext context =
        countries == null
            ? CountryContext.NONE
            : CountryContext.read(
                new BufferedReader(new InputStreamReader(countries, StandardCharsets.UTF_8)));
    try (BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(
                    new GZIPInputStream(entries, 1 << 16), StandardCharsets.UTF_8));
        BufferedReader words =
            new BufferedReader(new InputStreamReader(personWords, StandardCharsets.UTF_8))) {
      Set<String> keys = new HashSet<>();
      words.lines().filter(line -> !line.isBlank()).forEach(keys::add);
      return new Gazetteer(GazetteerFile.read(reader), keys, context);
    }
  }

  /**
   * The entry a name stands for, whatever its case, diacritics or apostrophes: "ISIL" gives the
   * Islamic State, "Raqqah" gives Raqqa. Where several entries share the name the most prominent
   * wins (a faction over a place, a country over a town, the Middle East over elsewhere).
   */
  public Optional<GazetteerEntry> resolve(String phrase) {
    String key = NameTokenizer.key(phrase);
    if (key.startsWith("the ") && !aliases.containsKey(key)) {
      key = key.substring(4);
    }
    int best = -1;
    for (AliasTarget target : targets(key)) {
      if (best < 0 || priors[target.entry()] > priors[best]) {
        best = target.entry();
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(entries.get(best));
  }

  /** The index of the entry with this canonical name, or -1. */
  public int indexOfCanonicalName(String name) {
    Integer index = byCanonical.get(name);
    return index == null ? -1 : index;
  }

  /** The entry with this canonical name (the most prominent if places share it). */
  public Optional<GazetteerEntry> byCanonicalName(String name) {
    Integer index = byCanonical.get(name);
    if (index == null) {
      index = byCanonical.get(NameTokenizer.key(name));
    }
    return index == null ? Optional.empty() : Optional.of(entries.get(index));
  }

  /** The country entry for an ISO 3166 alpha-2 code. */
  public Optional<GazetteerEntry> byCountryCode(String iso2) {
    Integer index = iso2 == null ? null : countries.get(iso2);
    return index == null ? Optional.empty() : Optional.of(entries.get(index));
  }

  /** Neighbours and demonyms of the countries; {@link CountryContext#NONE} when not loaded. */
  public CountryContext countryContext() {
    return countryContext;
  }

  /** The countries having a division of this name, if the name is no place's alias. */
  public Set<String> divisionCountries(String key) {
    return divisionCountries.getOrDefault(key, Set.of());
  }

  /** The words of a division's name, as {@link NameTokenizer} keys them; empty when unknown. */
  public List<String> divisionWords(String admin1) {
    return admin1 == null ? List.of() : divisionWords.getOrDefault(admin1, List.of());
  }

  /** The words of each of a country's names ("united", "states"), by its ISO code. */
  public List<List<String>> countryWords(String iso2) {
    return iso2 == null ? List.of() : countryWords.getOrDefault(iso2, List.of());
  }

  /**
   * Whether a key is a division's abbreviation ("tenn" for "Tenn."), which names the division only
   * where the press writes one: with its full stop, after a town or a party.
   */
  public boolean isAbbreviation(String key) {
    return abbreviations.contains(key);
  }

  // "Tenn.", "W.Va.", "P.E.I.": a short name ending in a full stop.
  private static boolean looksAbbreviated(String alias) {
    if (!alias.endsWith(".")) {
      return false;
    }
    int letters = 0;
    for (int k = 0; k < alias.length(); k++) {
      letters += Character.isLetter(alias.charAt(k)) ? 1 : 0;
    }
    return letters <= 5;
  }

  int size() {
    return entries.size();
  }

  public GazetteerEntry entry(int index) {
    return entries.get(index);
  }

  public PlaceFacts facts(int index) {
    return facts[index];
  }

  public int prior(int index) {
    return priors[index];
  }

  public AliasTarget[] targets(String key) {
    AliasTarget[] found = aliases.get(key);
    return found == null ? NONE : found;
  }

  /** Whether some alias may start with the word {@code key} written in lower case. */
  public boolean mayStartLowerCase(String key) {
    return lowerCaseStarts.contains(key);
  }

  public boolean isPrefix(String key) {
    return prefixes.contains(key);
  }

  /** Whether a word written before a name makes it a person's (a title or a given name). */
  public boolean isPersonWord(String key) {
    return personWords.contains(key);
  }

  public int maxTokens() {
    return maxTokens;
  }

  public static String keyOf(List<NameToken> tokens) {
    StringBuilder sb = new StringBuilder();
    for (NameToken token : tokens) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(token.key());
    }
    return sb.toString();
  }

  // Capitals in an alias are required in the text, lower case is free, and a short acronym must
  // be in capitals: "IS" never matches the verb "is".
  private static byte[] casePattern(List<NameToken> tokens) {
    byte[] pattern = new byte[tokens.size()];
    for (int k = 0; k < pattern.length; k++) {
      NameToken token = tokens.get(k);
      if (token.key().equals("al")) {
        pattern[k] = AliasTarget.FREE;
        continue;
      }
      pattern[k] =
          switch (token.shape()) {
            case LOWER -> AliasTarget.FREE;
            case CAPITALISED -> AliasTarget.CAPITAL;
            case ALL_CAPS ->
                token.end() - token.start() <= 3 ? AliasTarget.ACRONYM : AliasTarget.CAPITAL;
          };
    }
    return pattern;
  }

  private static byte[] lenient(byte[] a, byte[] b) {
    byte[] out = a.clone();
    for (int k = 0; k < out.length; k++) {
      out[k] = (byte) Math.min(a[k], b[k]);
    }
    return out;
  }

  private void remember(Map<String, Integer> map, String name, int index) {
    Integer old = map.get(name);
    if (old == null || priors[index] > priors[old]) {
      map.put(name, index);
    }
  }
}
