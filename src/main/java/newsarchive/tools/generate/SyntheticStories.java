package newsarchive.tools.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import newsarchive.tools.generate.outlets.Hashing;
import newsarchive.tools.generate.outlets.Story;

/**
 * Makes synthetic news stories for load tests: a dated story of log-normal length (median about 520
 * words, clamped to 250..1500) whose sentences mix news templates naming factions, places, sources
 * and dates with runs of Zipf-sampled vocabulary. Story {@code i} depends only on the seed and
 * {@code i}, so any story can be made without making the ones before. Thread-safe.
 */
final class SyntheticStories {
  private static final LocalDate FIRST_DAY = LocalDate.of(2011, 3, 15);
  private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
  private static final double WIRE_SHARE = 0.12;
  private static final double MEDIAN_WORDS = 520;
  private static final double LENGTH_SIGMA = 0.45;

  private static final List<String> TITLES =
      List.of(
          "{F} fighters advance on {P}",
          "Fighting intensifies near {P} as {F} pushes on",
          "Thousands flee {P} after {F} offensive",
          "Air strikes hit {P}, {S} says",
          "{F} claims control of villages near {P}",
          "{F} and {F2} agree local truce in {P}",
          "Aid convoy reaches besieged {P}",
          "Dozens killed in {P} clashes, {S} says",
          "{F} commander killed near {P}",
          "Talks on {P} stall as {F} rejects terms");
  private static final List<String> SENTENCES =
      List.of(
          "{F} fighters attacked positions near {P} {W}, according to {S}.",
          "{S} said at least {N} people were killed in {P} {W}.",
          "The fighting around {P} began {D}, when {F} moved against {F2}.",
          "A spokesman for {F} said the group had withdrawn from {P} {W}.",
          "{F} said it had taken {N} villages east of {P} since {D}.",
          "Residents of {P} described heavy shelling through the night.",
          "\"We have nowhere left to go,\" said a man who fled {P} with his family.",
          "{S} put the number of displaced people at {N} thousand.",
          "Forces loyal to {F2} were reported to be moving toward {P}.",
          "The road between {P} and {P2} has been closed since {D}.");
  // A lead names the fight: a faction and a place, as a news lead would.
  private static final List<String> LEADS =
      SENTENCES.stream().filter(s -> s.contains("{F}") && s.contains("{P}")).toList();
  private static final List<String> SOURCES =
      List.of(
          "the Syrian Observatory for Human Rights",
          "the United Nations",
          "local officials",
          "activists",
          "the defence ministry",
          "a monitoring group",
          "medical workers",
          "a military spokesman");

  private final long seed;
  private final Vocabulary vocabulary;
  private final List<String> factions;
  private final List<String> places;
  private final List<String> reporters = ResourceLines.read("reporters.txt");

  SyntheticStories(long seed, Vocabulary vocabulary, List<String> factions, List<String> places) {
    if (factions.size() < 2 || places.size() < 2) {
      throw new IllegalArgumentException("synthetic stories need at least two factions and places");
    }
    this.seed = seed;
    this.vocabulary = vocabulary;
    this.factions = List.copyOf(factions);
    this.places = List.copyOf(places);
  }

  Story story(long index) {
    Random random = new Random(Hashing.mix(seed ^ Hashing.mix(index)));
    long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1;
    LocalDate published = FIRST_DAY.plusDays(Math.floorMod(random.nextLong(), days));
    Slots slots = new Slots(random, published);
    String title = fill(TITLES.get(random.nextInt(TITLES.size())), slots);
    String slug =
        title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    String id = published + "-" + slug + "-" + Long.toString(index, 36);
    int target = (int) Math.round(MEDIAN_WORDS * Math.exp(LENGTH_SIGMA * random.nextGaussian()));
    target = Math.clamp(target, 250, 1500);
    String dateline = places.get(random.nextInt(places.size())).toUpperCase(Locale.ROOT);
    String byline = random.nextInt(5) == 0 ? null : reporters.get(random.nextInt(reporters.size()));
    return new Story(
        id,
        title,
        published,
        dateline,
        byline,
        random.nextDouble() < WIRE_SHARE,
        paragraphs(random, slots, target));
  }

  private List<String> paragraphs(Random random, Slots slots, int targetWords) {
    List<String> paragraphs = new ArrayList<>();
    int words = 0;
    while (words < targetWords) {
      StringBuilder paragraph = new StringBuilder();
      int sentences = paragraphs.isEmpty() ? 2 : 2 + random.nextInt(3);
      for (int i = 0; i < sentences && words < targetWords; i++) {
        String sentence;
        if (paragraphs.isEmpty() && i == 0) {
          sentence = fill(LEADS.get(random.nextInt(LEADS.size())), slots);
        } else if (random.nextInt(3) == 0) {
          sentence = fill(SENTENCES.get(random.nextInt(SENTENCES.size())), slots);
        } else {
          sentence = filler(random);
        }
        words += sentence.split(" ").length;
        paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence);
      }
      paragraphs.add(paragraph.toString());
    }
    return paragraphs;
  }

  /** A run of 6 to 22 vocabulary words as a sentence, with a comma now and then. */
  private String filler(Random random) {
    int length = 6 + random.nextInt(17);
    StringBuilder sentence = new StringBuilder();
    for (int i = 0; i < length; i++) {
      String word =
          random.nextInt(40) == 0
              ? places.get(random.nextInt(places.size()))
              : vocabulary.word(random);
      if (i == 0) {
        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      } else {
        sentence.append(i > 3 && random.nextInt(9) == 0 ? ", " : " ");
      }
      sentence.append(word);
    }
    return sentence.append('.').toString();
  }

  private String fill(String template, Slots slots) {
    String text =
        template
            .replace("{F2}", slots.otherFaction)
            .replace("{F}", slots.faction)
            .replace("{P2}", slots.otherPlace)
            .replace("{P}", slots.place)
            .replace("{S}", slots.source)
            .replace("{N}", slots.number)
            .replace("{W}", slots.weekday)
            .replace("{D}", slots.earlier);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The names and dates one story keeps using, so its text stays about one place and fight. */
  private final class Slots {
    final String faction;
    final String otherFaction;
    final String place;
    final String otherPlace;
    final String source;
    final String number;
    final String weekday;
    final String earlier;

    Slots(Random random, LocalDate published) {
      faction = factions.get(random.nextInt(factions.size()));
      String other = factions.get(random.nextInt(factions.size()));
      otherFaction =
          other.equals(faction)
              ? factions.get((factions.indexOf(faction) + 1) % factions.size())
              : other;
      place = places.get(random.nextInt(places.size()));
      String second = places.get(random.nextInt(places.size()));
      otherPlace =
          second.equals(place) ? places.get((places.indexOf(place) + 1) % places.size()) : second;
      source = SOURCES.get(random.nextInt(SOURCES.size()));
      number = Integer.toString(2 + random.nextInt(120));
      DayOfWeek day = published.minusDays(1 + random.nextInt(5)).getDayOfWeek();
      weekday = "on " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      LocalDate before = published.minusMonths(1 + random.nextInt(14));
      earlier =
          "in "
              + before.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " "
              + before.getYear();
    }
  }
}
