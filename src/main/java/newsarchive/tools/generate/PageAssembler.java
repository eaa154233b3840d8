package newsarchive.tools.generate;

import java.nio.charset.Charset;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import newsarchive.tools.generate.outlets.Hashing;
import newsarchive.tools.generate.outlets.Outlet;
import newsarchive.tools.generate.outlets.Page;
import newsarchive.tools.generate.outlets.Story;

/**
 * Dresses a story for one outlet: its address, canonical address, publication time, lead photo and
 * reader comments, every choice drawn from a random source seeded by the seed, the story and the
 * outlet, so the same inputs give the same page. Thread-safe once built.
 */
public final class PageAssembler {
  private static final DateTimeFormatter IMAGE_FOLDER =
      DateTimeFormatter.ofPattern("yyyy/MM", Locale.ROOT);
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  private final long seed;
  private final List<String> comments = ResourceLines.read("comments.txt");
  private final List<String> commenters = ResourceLines.read("commenters.txt");
  private final List<String> captions = ResourceLines.read("captions.txt");
  private final List<String> photographers = ResourceLines.read("photographers.txt");
  private final ArabicPlaceNames arabicNames = new ArabicPlaceNames();

  public PageAssembler(long seed) {
    this.seed = seed;
  }

  /** The story's address at the outlet; {@code slug} names the story in every address. */
  static String url(Story story, Outlet outlet, String slug) {
    return outlet.layout().url(story, slug);
  }

  public Page assemble(
      Story story, Outlet outlet, String slug, Charset charset, List<Page.RelatedLink> related) {
    Random random = new Random(Hashing.seed(seed, outlet.slug(), story.id()));
    String url = url(story, outlet, slug);
    String canonical = story.wire() ? url(story, Outlet.CROSSROADS_WIRE, slug) : url;
    ZonedDateTime publishedAt = publishedAt(story, outlet);
    return new Page(
        story,
        outlet,
        url,
        canonical,
        publishedAt,
        charset,
        related,
        outlet == Outlet.CROSSROADS_WIRE ? List.of() : comments(random, publishedAt),
        figure(random, story, outlet, slug, charset));
  }

  /**
   * The publication time on the story's date. The wire files between 05:00 and 16:59 GMT and a
   * republisher follows one to three hours later, so every outlet's local date stays the story's.
   */
  ZonedDateTime publishedAt(Story story, Outlet outlet) {
    Random random = new Random(Hashing.seed(seed, "time", story.id()));
    if (story.wire()) {
      ZonedDateTime wire =
          story
              .published()
              .atTime(5 + random.nextInt(12), random.nextInt(60))
              .atZone(ZoneOffset.UTC);
      if (outlet == Outlet.CROSSROADS_WIRE) {
        return wire.withZoneSameInstant(outlet.zone());
      }
      return wire.plusMinutes(60 + random.nextInt(120)).withZoneSameInstant(outlet.zone());
    }
    return story
        .published()
        .atTime(7 + random.nextInt(15), random.nextInt(60))
        .atZone(outlet.zone());
  }

  private List<Page.Comment> comments(Random random, ZonedDateTime publishedAt) {
    int count = random.nextInt(6);
    List<Page.Comment> thread = new ArrayList<>(count);
    ZonedDateTime postedAt = publishedAt;
    for (int i = 0; i < count; i++) {
      postedAt = postedAt.plusMinutes(20 + random.nextInt(600));
      thread.add(
          new Page.Comment(
              commenters.get(random.nextInt(commenters.size())),
              postedAt,
              comments.get(random.nextInt(comments.size()))));
    }
    return thread;
  }

  private Page.Figure figure(
      Random random, Story story, Outlet outlet, String slug, Charset charset) {
    String image =
        outlet.home()
            + "/images/"
            + IMAGE_FOLDER.format(story.published())
            + "/"
            + slug
            + "-"
            + (1 + random.nextInt(9))
            + ".jpg";
    String agency = story.wire() ? Outlet.CROSSROADS_WIRE.displayName() : outlet.displayName();
    String credit = photographers.get(random.nextInt(photographers.size())) + "/" + agency;
    String caption = captions.get(random.nextInt(captions.size()));
    if (charset.equals(WINDOWS_1256)) {
      caption = arabicNames.caption(story.dateline());
    }
    return new Page.Figure(image, caption, credit);
  }
}
