package newsarchive.tools.generate;

import java.time.LocalDate;
import java.util.List;
import newsarchive.tools.generate.outlets.Story;

/** Small stories written for the tests. */
public final class FixtureStories {
  private FixtureStories() {}

  public static Story kobani(boolean wire) {
    return new Story(
        "2015-01-26-kobani-recaptured",
        "Kurdish fighters drive Islamic State out of Kobani",
        LocalDate.of(2015, 1, 26),
        "BEIRUT",
        wire ? null : "Rania Kassem",
        wire,
        List.of(
            "Kurdish fighters took full control of the Syrian border town of Kobani on Monday after"
                + " more than four months of fighting against Islamic State, a monitoring group said.",
            "The Syrian Observatory for Human Rights said the YPG, backed by air strikes of the"
                + " U.S.-led coalition, had pushed the militants out of the last eastern districts.",
            "\"Kobane is free,\" a spokesman for the YPG said, using the Kurdish name of the town,"
                + " also known in Arabic as Ayn al-Arab.",
            "The Observatory said more than 1,600 people had been killed in the battle, most of"
                + " them fighters on both sides."));
  }

  /** Synthetic stories 0..count-1 of the bundled generator for a seed. */
  static List<Story> synthetic(long seed, int count) {
    SyntheticStories stories =
        new SyntheticStories(
            seed,
            Vocabulary.english(),
            ArticleGenerator.bundledFactions(),
            ArticleGenerator.bundledPlaces());
    return java.util.stream.LongStream.range(0, count).mapToObj(stories::story).toList();
  }
}
