package newsarchive.tools.generate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import newsarchive.tools.generate.outlets.Hashing;
import newsarchive.tools.generate.outlets.Outlet;
import newsarchive.tools.generate.outlets.Story;

/**
 * Decides, per story, which outlets carry it, which charset and compression its pages get, and
 * which stories go into the exports instead of pages. Each decision hashes the seed with the story
 * id, so adding a story leaves the other stories' decisions as they were. Thread-safe.
 */
final class PagePlan {
  /** The outlets that publish stories of their own; the wire only files wire stories. */
  static final List<Outlet> NEWSROOMS =
      List.of(
          Outlet.LEVANT_DAILY_MONITOR,
          Outlet.EUPHRATES_POST,
          Outlet.TIGRIS_OBSERVER,
          Outlet.DESERT_LINE_NEWS,
          Outlet.NORTHERN_FRONT_REVIEW);

  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  private static final int MOST_PER_EXPORT = 5;

  private final long seed;

  PagePlan(long seed) {
    this.seed = seed;
  }

  /** The outlets carrying the story: its newsroom, or the wire first and then one republisher. */
  List<Outlet> outlets(Story story) {
    Outlet newsroom = NEWSROOMS.get(pick(story, "outlet", NEWSROOMS.size()));
    return story.wire() ? List.of(Outlet.CROSSROADS_WIRE, newsroom) : List.of(newsroom);
  }

  /**
   * The charset the page should be saved in: the Baghdad site saves a third of its pages in
   * windows-1256, the Erbil magazine half of its pages in ISO-8859-1; the rest is UTF-8.
   */
  Charset charset(Story story, Outlet outlet) {
    if (outlet == Outlet.TIGRIS_OBSERVER && pick(story, "charset", 3) == 0) {
      return WINDOWS_1256;
    }
    if (outlet == Outlet.NORTHERN_FRONT_REVIEW && pick(story, "charset", 2) == 0) {
      return StandardCharsets.ISO_8859_1;
    }
    return StandardCharsets.UTF_8;
  }

  /** True for about one page in six of the three sites whose pages were saved compressed. */
  boolean gzip(Story story, Outlet outlet) {
    boolean compressingSite =
        outlet == Outlet.LEVANT_DAILY_MONITOR
            || outlet == Outlet.EUPHRATES_POST
            || outlet == Outlet.DESERT_LINE_NEWS;
    return compressingSite && pick(story, "gzip", 6) == 0;
  }

  /**
   * A handful of newsroom stories for one export (one in twenty, at most five), none of those in
   * {@code taken}, in date order.
   */
  List<Story> pickForDump(List<Story> stories, String export, Set<String> taken) {
    int count = Math.min(MOST_PER_EXPORT, stories.size() / 20);
    return stories.stream()
        .filter(s -> !s.wire() && !taken.contains(s.id()))
        .sorted(Comparator.comparingLong(s -> Hashing.seed(seed, "export-" + export, s.id())))
        .limit(count)
        .sorted(Comparator.comparing(Story::published).thenComparing(Story::id))
        .toList();
  }

  private int pick(Story story, String purpose, int choices) {
    return (int) Math.floorMod(Hashing.seed(seed, purpose, story.id()), (long) choices);
  }
}
