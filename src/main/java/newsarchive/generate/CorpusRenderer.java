package newsarchive.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Renders stories into a corpus folder: most as one page each under the outlet's folder ({@code
 * levant-daily-monitor/2017-05-29-slug.html}), some saved in windows-1256 or ISO-8859-1 (only where
 * the page's text fits), some gzipped, a handful in one CSV and one JSONL export under {@code
 * exports/}. Wire stories appear twice: on the wire's page and on one republisher's. Every choice
 * follows from the seed and the story ids, so the same stories give the same bytes. Before writing
 * it deletes the pages and exports an earlier run left in the folders it owns. Thread-safe once
 * built.
 */
public final class CorpusRenderer {
  static final String EXPORTS = "exports";
  static final String CSV_EXPORT = "monitoring-export.csv";
  static final String JSONL_EXPORT = "feed-archive.jsonl";

  private final StoryPages pages;
  private final PagePlan plan;

  public CorpusRenderer(long seed) {
    this.pages = new StoryPages(seed);
    this.plan = pages.plan();
  }

  /** Writes the corpus and says what went where. */
  public CorpusSummary render(List<Story> stories, Path folder) {
    List<Story> sorted = sortedUnique(stories);
    Set<String> dumpedIds = new HashSet<>();
    List<Story> csv = plan.pickForDump(sorted, "csv", Set.of());
    csv.forEach(s -> dumpedIds.add(s.id()));
    List<Story> jsonl = plan.pickForDump(sorted, "jsonl", dumpedIds);
    jsonl.forEach(s -> dumpedIds.add(s.id()));

    Map<Outlet, List<Story>> byOutlet = new EnumMap<>(Outlet.class);
    for (Story story : sorted) {
      if (!dumpedIds.contains(story.id())) {
        for (Outlet outlet : plan.outlets(story)) {
          byOutlet.computeIfAbsent(outlet, o -> new ArrayList<>()).add(story);
        }
      }
    }
    clearOwnFolders(folder);
    CorpusSummary.Counter counter = new CorpusSummary.Counter();
    byOutlet.forEach((outlet, list) -> renderOutlet(outlet, list, folder, counter));
    CsvDump.write(folder.resolve(EXPORTS).resolve(CSV_EXPORT), rows(csv));
    try (JsonlDump dump = new JsonlDump(folder.resolve(EXPORTS).resolve(JSONL_EXPORT))) {
      rows(jsonl).forEach(dump::write);
    }
    return counter.summary(sorted.size(), csv.size() + jsonl.size());
  }

  private void renderOutlet(
      Outlet outlet, List<Story> stories, Path folder, CorpusSummary.Counter counter) {
    for (int i = 0; i < stories.size(); i++) {
      StoryPages.Rendered page = pages.render(stories.get(i), outlet, related(outlet, stories, i));
      page.writeTo(folder.resolve(outlet.slug()));
      counter.page(outlet, page.charset(), page.gzip());
    }
  }

  /** The stories the outlet ran just before and after this one, nearest first. */
  private static List<Page.RelatedLink> related(Outlet outlet, List<Story> stories, int index) {
    List<Page.RelatedLink> links = new ArrayList<>();
    for (int distance = 1; distance <= 2; distance++) {
      for (int j : new int[] {index - distance, index + distance}) {
        if (j >= 0 && j < stories.size()) {
          Story other = stories.get(j);
          links.add(
              new Page.RelatedLink(other.title(), PageAssembler.url(other, outlet, other.slug())));
        }
      }
    }
    return links;
  }

  private List<DumpRow> rows(List<Story> stories) {
    List<DumpRow> rows = new ArrayList<>();
    for (Story story : stories) {
      Outlet outlet = plan.outlets(story).getFirst();
      String url = PageAssembler.url(story, outlet, story.slug());
      rows.add(DumpRow.of(story, outlet, url, pages.assembler().publishedAt(story, outlet)));
    }
    return rows;
  }

  private static List<Story> sortedUnique(List<Story> stories) {
    Set<String> ids = new HashSet<>();
    Set<String> files = new HashSet<>();
    for (Story story : stories) {
      if (!ids.add(story.id())) {
        throw new IllegalArgumentException("two stories with the id " + story.id());
      }
      if (!files.add(story.published() + "-" + story.slug())) {
        throw new IllegalArgumentException("two stories would share a file name: " + story.id());
      }
    }
    return stories.stream()
        .sorted(Comparator.comparing(Story::published).thenComparing(Story::id))
        .toList();
  }

  private static void clearOwnFolders(Path folder) {
    List<Path> owned = new ArrayList<>();
    for (Outlet outlet : Outlet.values()) {
      owned.add(folder.resolve(outlet.slug()));
    }
    owned.add(folder.resolve(EXPORTS));
    for (Path dir : owned) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path file : files.toList()) {
            String name = file.getFileName().toString();
            if (name.endsWith(".html")
                || name.endsWith(".html.gz")
                || name.endsWith(".csv")
                || name.endsWith(".jsonl")) {
              Files.delete(file);
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot clear " + dir, e);
        }
      }
    }
  }
}
