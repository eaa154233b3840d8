package newsarchive.ingest.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsarchive.gazetteer.AliasTarget;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.gazetteer.GazetteerEntry;
import newsarchive.gazetteer.NameToken;
import newsarchive.gazetteer.NameTokenizer;
import newsarchive.gazetteer.PlaceFacts;

/**
 * Finds the factions and places an article names, each under its canonical name with every mention
 * (UTF-16 offsets into the body). Aliases are matched on normalised words, so spelling, diacritics
 * and apostrophes do not matter while capitalisation does ("is" is never IS); shared names are
 * resolved from the article's other places; surnames and backers ("Turkey-backed") are not places.
 * Thread-safe: it holds only the immutable gazetteer.
 */
public final class EntityTagger {

  private final Gazetteer gazetteer;
  private final AliasMatcher matcher;
  private final PlaceResolver resolver;
  private final NameContext context;
  private final ArticleSetting setting;
  private final PlaceFeatures features;
  private final PlaceModel model;
  private final DescriptiveFactions descriptions;

  /** A tagger deciding places with the committed {@link PlaceModel}. */
  public EntityTagger(Gazetteer gazetteer) {
    this(gazetteer, PlaceModel.load());
  }

  public EntityTagger(Gazetteer gazetteer, PlaceModel model) {
    this.gazetteer = gazetteer;
    this.matcher = new AliasMatcher(gazetteer);
    this.resolver = new PlaceResolver(gazetteer);
    this.context = new NameContext(gazetteer);
    this.setting = new ArticleSetting(gazetteer);
    this.features = new PlaceFeatures(gazetteer, context, resolver);
    this.model = model;
    this.descriptions = new DescriptiveFactions(gazetteer);
  }

  /**
   * A place name found in a text before the {@link PlaceModel} decides on it: where it is, the
   * place it would be, and its {@link #featureNames() feature} values. For training the model.
   */
  public record PlaceCandidate(Mention mention, String place, List<Double> features) {
    public PlaceCandidate {
      features = List.copyOf(features);
    }
  }

  /** The names of the values {@link PlaceCandidate#features} holds, in order. */
  public static List<String> featureNames() {
    return PlaceFeatures.NAMES;
  }

  /** Every place candidate of a text, whatever the model would decide. */
  public List<PlaceCandidate> placeCandidates(String body) {
    List<PlaceCandidate> out = new ArrayList<>();
    read(body)
        .places()
        .forEach(
            p -> {
              List<Double> values = new ArrayList<>(p.features().length);
              for (double v : p.features()) {
                values.add(v);
              }
              out.add(
                  new PlaceCandidate(p.mention(), gazetteer.entry(p.entry()).canonical(), values));
            });
    return out;
  }

  /** One place candidate inside the tagger: its mention, chosen entry and feature values. */
  private record Candidate(Mention mention, int entry, double[] features) {}

  /** A text's faction matches and place candidates, with the scan they came from. */
  private record Reading(
      List<NameToken> tokens,
      boolean[] covered,
      List<AliasMatch> factions,
      List<Candidate> places,
      Set<String> settings) {}

  private Reading read(String body) {
    List<NameToken> tokens = NameTokenizer.tokenize(body);
    List<AliasMatch> all = matcher.find(body, tokens);
    List<AliasMatch> factions = new ArrayList<>();
    List<AliasMatch> places = new ArrayList<>();
    for (AliasMatch m : all) {
      if (isOperation(tokens, m)) {
        continue;
      }
      if (!m.place()) {
        if (!isPartOfLongerName(body, tokens, m)) {
          factions.add(m);
        }
      } else if (!context.isRuledOut(body, tokens, m)
          && !context.isStrayAbbreviation(body, tokens, m)) {
        places.add(m);
      }
    }
    PlaceResolver.Divisions divisions = resolver.divisions(places);
    int[] chosen = resolver.resolve(body, tokens, places, divisions);
    Set<String> settings = setting.countries(tokens, chosen);
    boolean[] covered = new boolean[tokens.size()];
    for (AliasMatch m : all) {
      Arrays.fill(covered, m.first(), m.last() + 1, true);
    }
    PlaceFeatures.Article article =
        features.article(body, tokens, places, chosen, settings, divisions, covered);
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < places.size(); i++) {
      AliasMatch m = places.get(i);
      GazetteerEntry entry = gazetteer.entry(chosen[i]);
      // "Damascus, Oregon": the Damascus the gazetteer knows is not the one meant.
      if (resolver.isQualifiedElsewhere(body, tokens, m.last(), entry.country())) {
        continue;
      }
      candidates.add(
          new Candidate(
              mention(body, tokens, m, context.isAbbreviation(tokens, m)),
              chosen[i],
              features.of(article, i)));
    }
    return new Reading(tokens, covered, factions, candidates, settings);
  }

  public Entities tag(String body) {
    Reading reading = read(body);
    List<NameToken> tokens = reading.tokens();
    Map<Integer, List<Mention>> factionMentions = new LinkedHashMap<>();
    for (AliasMatch m : reading.factions()) {
      int entry = bestFaction(m);
      factionMentions
          .computeIfAbsent(entry, k -> new ArrayList<>())
          .add(mention(body, tokens, m, false));
    }
    Map<Integer, List<Mention>> placeMentions = new LinkedHashMap<>();
    for (Candidate c : reading.places()) {
      if (model.accepts(c.features())) {
        placeMentions.computeIfAbsent(c.entry(), k -> new ArrayList<>()).add(c.mention());
      }
    }
    boolean[] covered = reading.covered();
    Set<String> settings = reading.settings();
    // Where the article is set, for descriptions: its settings and the countries of its places.
    Map<String, Integer> scene = new HashMap<>();
    settings.forEach(country -> scene.merge(country, 1, Integer::sum));
    placeMentions.forEach(
        (index, list) -> {
          String country = gazetteer.entry(index).country();
          if (country != null) {
            scene.merge(country, list.size(), Integer::sum);
          }
        });
    Map<Integer, Integer> named = new HashMap<>();
    factionMentions.forEach((index, list) -> named.put(index, list.size()));
    for (DescriptiveFactions.Found d : descriptions.find(body, tokens, covered, scene, named)) {
      int start = tokens.get(d.first()).start();
      int end = tokens.get(d.last()).end();
      factionMentions
          .computeIfAbsent(d.entry(), k -> new ArrayList<>())
          .add(new Mention(start, end, body.substring(start, end)));
    }
    factionMentions.values().forEach(list -> list.sort(Comparator.comparingInt(Mention::start)));
    List<FactionTag> factionTags = new ArrayList<>();
    factionMentions.forEach(
        (index, mentions) -> {
          GazetteerEntry e = gazetteer.entry(index);
          factionTags.add(new FactionTag(e.canonical(), e.type(), e.parent(), mentions));
        });
    List<PlaceTag> placeTags = new ArrayList<>();
    placeMentions.forEach(
        (index, mentions) -> {
          GazetteerEntry e = gazetteer.entry(index);
          PlaceFacts f = gazetteer.facts(index);
          placeTags.add(
              new PlaceTag(
                  e.canonical(),
                  e.country(),
                  e.type().equals("country") ? null : f.admin1(),
                  f.lat(),
                  f.lon(),
                  f.geonameId(),
                  mentions));
        });
    return new Entities(factionTags, placeTags);
  }

  // "Operation Inherent Resolve", "Operation Euphrates Shield": a campaign's name, not a party's
  // and not a place mention.
  private static boolean isOperation(List<NameToken> tokens, AliasMatch m) {
    if (m.first() == 0 || tokens.get(m.first()).breakBefore()) {
      return false;
    }
    NameToken previous = tokens.get(m.first() - 1);
    return previous.key().equals("operation") && previous.shape() == NameToken.Shape.CAPITALISED;
  }

  // Capitalised words that carry a group's name on: "Islamic State Khorasan Province".
  private static final Set<String> NAME_TAILS =
      Set.of(
          "province",
          "party",
          "front",
          "council",
          "movement",
          "brigade",
          "brigades",
          "battalion",
          "division",
          "army",
          "organisation",
          "organization",
          "union",
          "alliance",
          "bloc",
          "list");

  // "Kurdistan Democratic Party of Syria", "Islamic State Khorasan Province": a longer name that
  // shares a known group's words is another group, not that one.
  private static boolean isPartOfLongerName(String body, List<NameToken> tokens, AliasMatch m) {
    int next = m.last() + 1;
    if (next >= tokens.size() || tokens.get(next).breakBefore()) {
      return false;
    }
    String gap = body.substring(tokens.get(m.last()).end(), tokens.get(next).start());
    if (gap.indexOf('\'') >= 0 || gap.indexOf('’') >= 0 || tokens.get(next).key().equals("s")) {
      return false; // "the FSA's Southern Front": the group's own front
    }
    NameToken word = tokens.get(next);
    if (word.key().equals("of") && next + 1 < tokens.size()) {
      NameToken after = tokens.get(next + 1);
      return !after.breakBefore() && after.shape() == NameToken.Shape.CAPITALISED;
    }
    if (word.shape() != NameToken.Shape.CAPITALISED) {
      return false;
    }
    for (int k = next; k < Math.min(tokens.size(), next + 3); k++) {
      NameToken t = tokens.get(k);
      if (k > next && (t.breakBefore() || t.shape() != NameToken.Shape.CAPITALISED)) {
        return false;
      }
      if (NAME_TAILS.contains(t.key())) {
        return true;
      }
    }
    return false;
  }

  private int bestFaction(AliasMatch m) {
    int best = m.targets().get(0).entry();
    for (AliasTarget t : m.targets()) {
      if (gazetteer.prior(t.entry()) > gazetteer.prior(best)) {
        best = t.entry();
      }
    }
    return best;
  }

  // Words some aliases carry that are not part of the name itself: a mention covers "Anbar" in
  // "Anbar province", "Badia" in "the Badia", "Hezbollah" in "Hezbollah fighters".
  private static final Set<String> LEADING_WORDS = Set.of("the");
  private static final Set<String> TRAILING_WORDS =
      Set.of("province", "governorate", "plain", "crossing", "fighters", "militia");

  private static Mention mention(
      String body, List<NameToken> tokens, AliasMatch m, boolean abbreviation) {
    int first = m.first();
    int last = m.last();
    if (first < last && LEADING_WORDS.contains(keyOf(tokens.get(first)))) {
      first++;
    }
    while (first < last && TRAILING_WORDS.contains(keyOf(tokens.get(last)))) {
      boolean crossing = keyOf(tokens.get(last)).equals("crossing");
      last--;
      if (crossing && first < last && keyOf(tokens.get(last)).equals("border")) {
        last--;
      }
    }
    int start = tokens.get(first).start();
    int end = tokens.get(last).end();
    boolean initial = end - tokens.get(last).start() == 1;
    if ((initial || abbreviation) && end < body.length() && body.charAt(end) == '.') {
      end++; // the full stop of an initial or an abbreviation belongs to the name: "U.S.", "Ky."
    }
    return new Mention(start, end, body.substring(start, end));
  }

  private static String keyOf(NameToken token) {
    return token.key().toLowerCase(Locale.ROOT);
  }
}
