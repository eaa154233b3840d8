package newsarchive.ingest.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
  private final PlaceEvidence evidence;

  public EntityTagger(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.matcher = new AliasMatcher(gazetteer);
    this.resolver = new PlaceResolver(gazetteer);
    this.context = new NameContext(gazetteer);
    this.evidence = new PlaceEvidence(gazetteer);
  }

  public Entities tag(String body) {
    List<NameToken> tokens = NameTokenizer.tokenize(body);
    List<AliasMatch> all = matcher.find(body, tokens);
    List<AliasMatch> factions = new ArrayList<>();
    List<AliasMatch> places = new ArrayList<>();
    for (AliasMatch m : all) {
      (m.place() ? places : factions).add(m);
    }
    Map<Integer, List<Mention>> factionMentions = new LinkedHashMap<>();
    for (AliasMatch m : factions) {
      int entry = bestFaction(m);
      factionMentions.computeIfAbsent(entry, k -> new ArrayList<>()).add(mention(body, tokens, m));
    }
    int[] chosen = resolver.resolve(body, tokens, places);
    Set<String> settings = evidence.settings(tokens, chosen);
    // One sense per article: a word read as a surname once is doubted as a place everywhere.
    boolean[] named = new boolean[tokens.size()];
    for (AliasMatch m : all) {
      java.util.Arrays.fill(named, m.first(), m.last() + 1, true);
    }
    Set<String> surnames = new java.util.HashSet<>();
    for (int i = 0; i < places.size(); i++) {
      AliasMatch m = places.get(i);
      NameContext.Surname surname = context.surname(body, tokens, m, named);
      if (surname == NameContext.Surname.AFTER_TITLE
          || (surname == NameContext.Surname.AFTER_NAME && evidence.mayBeSurname(chosen[i]))) {
        surnames.add(tokens.get(m.first()).key());
      }
    }
    Map<Integer, List<Mention>> placeMentions = new LinkedHashMap<>();
    for (int i = 0; i < places.size(); i++) {
      AliasMatch m = places.get(i);
      GazetteerEntry entry = gazetteer.entry(chosen[i]);
      Mention mention = mention(body, tokens, m);
      // "Alexandria, Virginia": the division that qualifies a town is named too, and tagged.
      if (!context.isPlace(body, tokens, m, entry)
          || resolver.isQualifiedElsewhere(body, tokens, m.last(), entry.country())
          || !evidence.isLikely(
              mention.text(),
              chosen[i],
              settings,
              m.first() == m.last() && surnames.contains(tokens.get(m.first()).key()))) {
        continue;
      }
      placeMentions.computeIfAbsent(chosen[i], k -> new ArrayList<>()).add(mention);
    }
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

  private static Mention mention(String body, List<NameToken> tokens, AliasMatch m) {
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
    if (end - tokens.get(last).start() == 1 && end < body.length() && body.charAt(end) == '.') {
      end++; // the full stop of an initial belongs to the name: "U.S."
    }
    return new Mention(start, end, body.substring(start, end));
  }

  private static String keyOf(NameToken token) {
    return token.key().toLowerCase(java.util.Locale.ROOT);
  }
}
