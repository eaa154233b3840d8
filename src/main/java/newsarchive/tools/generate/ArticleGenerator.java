package newsarchive.tools.generate;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import newsarchive.tools.generate.outlets.Outlet;
import newsarchive.tools.generate.outlets.Page;
import newsarchive.tools.generate.outlets.Story;

/**
 * Writes N synthetic article pages (or one JSONL dump of N articles) for performance and soak
 * tests, deterministic for a seed: the same seed, names and N give the same bytes. Pages use the
 * six outlet layouts with their charsets and compression; about one story in eight is a wire story,
 * written by the wire and again by a republisher (each copy counts as one article). It streams:
 * each article is written as soon as it is made and only the last few titles per outlet are kept
 * for related links, so a million articles need little memory. Pages go to {@code
 * OUT/outlet/yyyy/yyyy-MM-dd-slug.html}, so no folder holds more than a few tens of thousands.
 * Thread-safe: each call writes on its own.
 */
public final class ArticleGenerator {
  /** What {@link #write} produces. */
  public enum Format {
    /** One page per article, under a folder per outlet and year. */
    HTML,
    /** One JSON Lines file, keys title, content, published, url, source. */
    JSONL
  }

  private static final int RELATED_LINKS = 4;

  private final long seed;
  private final SyntheticStories stories;

  /**
   * A generator drawing words from {@code vocabulary} and names from the two lists (at least two
   * each), for example the gazetteer's canonical names and aliases.
   */
  public ArticleGenerator(
      long seed, Vocabulary vocabulary, List<String> factions, List<String> places) {
    this.seed = seed;
    this.stories = new SyntheticStories(seed, vocabulary, factions, places);
  }

  /** A generator with the bundled English vocabulary and the bundled faction and place names. */
  public static ArticleGenerator withBundledNames(long seed) {
    return new ArticleGenerator(seed, Vocabulary.english(), bundledFactions(), bundledPlaces());
  }

  /** The faction names bundled with the generator, in press spellings. */
  public static List<String> bundledFactions() {
    return ResourceLines.read("factions.txt");
  }

  /** The place names bundled with the generator, in press spellings. */
  public static List<String> bundledPlaces() {
    return ResourceLines.read("places.txt");
  }

  /** Writes {@code n} articles; {@code out} is a folder for HTML and a file for JSONL. */
  public GenerationSummary write(int n, Path out, Format format) {
    return write(n, out, format, written -> {});
  }

  /** As {@link #write(int, Path, Format)}, telling {@code progress} after every 10,000 articles. */
  public GenerationSummary write(int n, Path out, Format format, IntConsumer progress) {
    if (n < 0) {
      throw new IllegalArgumentException("the number of articles cannot be negative: " + n);
    }
    StoryPages pages = new StoryPages(seed);
    Map<Outlet, Deque<Page.RelatedLink>> recent = new EnumMap<>(Outlet.class);
    int written = 0;
    int wireCopies = 0;
    try (JsonlDump dump = format == Format.JSONL ? new JsonlDump(out) : null) {
      for (long index = 0; written < n; index++) {
        Story story = stories.story(index);
        for (Outlet outlet : pages.plan().outlets(story)) {
          if (written == n) {
            break;
          }
          String url = PageAssembler.url(story, outlet, story.slug());
          if (dump != null) {
            dump.write(
                DumpRow.of(story, outlet, url, pages.assembler().publishedAt(story, outlet)));
          } else {
            Deque<Page.RelatedLink> links = recent.computeIfAbsent(outlet, o -> new ArrayDeque<>());
            Path folder =
                out.resolve(outlet.slug()).resolve(Integer.toString(story.published().getYear()));
            pages.render(story, outlet, new ArrayList<>(links)).writeTo(folder);
            links.addFirst(new Page.RelatedLink(story.title(), url));
            if (links.size() > RELATED_LINKS) {
              links.removeLast();
            }
          }
          wireCopies += story.wire() && outlet != Outlet.CROSSROADS_WIRE ? 1 : 0;
          written++;
          if (written % 10_000 == 0) {
            progress.accept(written);
          }
        }
      }
    }
    return new GenerationSummary(written, wireCopies);
  }

  /** How many articles a run wrote, and how many of them were republished wire copies. */
  public record GenerationSummary(int articles, int republishedWireCopies) {}
}
