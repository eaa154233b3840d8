package newsarchive.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import newsarchive.ingest.clean.HtmlCleaner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Scores {@link HtmlCleaner}'s titles on a folder of test pages, one sub-folder per page with
 * {@code source.html} and {@code expected-metadata.json}. Pages whose expected title is empty are
 * not counted. Titles are compared after trimming and collapsing whitespace. Thread-safe.
 */
public final class TitleEval {
  private final HtmlCleaner cleaner;
  private final ObjectMapper json = new ObjectMapper();

  /** A page whose title came out wrong. */
  public record Miss(String page, String expected, String actual) {
    public Miss {
      Objects.requireNonNull(page, "page");
    }
  }

  /** How many pages have a title, how many came out right, and the misses. */
  public record Score(
      int pagesWithTitle,
      int correct,
      double accuracy,
      List<Miss> misses,
      EvalReport.Share look,
      EvalReport.Share score) {
    public Score {
      misses = List.copyOf(misses);
    }
  }

  public TitleEval(HtmlCleaner cleaner) {
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
  }

  public Score run(Path readabilityPagesDir) {
    int pages = 0;
    int correct = 0;
    List<Miss> misses = new ArrayList<>();
    // Per part of the split (by the page's folder name): pages, correct.
    Map<DevSplit.Part, int[]> parts = new EnumMap<>(DevSplit.Part.class);
    for (DevSplit.Part part : DevSplit.Part.values()) {
      parts.put(part, new int[2]);
    }
    for (Path dir : pageDirs(readabilityPagesDir)) {
      String expected = normalise(expectedTitle(dir.resolve("expected-metadata.json")));
      if (expected.isEmpty()) {
        continue;
      }
      pages++;
      int[] part = parts.get(DevSplit.of(dir.getFileName().toString()));
      part[0]++;
      String actual = normalise(cleaner.clean(parse(dir.resolve("source.html"))).title());
      if (actual.equals(expected)) {
        correct++;
        part[1]++;
      } else {
        misses.add(new Miss(dir.getFileName().toString(), expected, actual));
      }
    }
    return new Score(
        pages,
        correct,
        pages == 0 ? 0 : (double) correct / pages,
        misses,
        EvalReport.Share.of(parts.get(DevSplit.Part.LOOK)),
        EvalReport.Share.of(parts.get(DevSplit.Part.SCORE)));
  }

  static String normalise(String title) {
    return title == null ? "" : title.strip().replaceAll("\\s+", " ");
  }

  private static List<Path> pageDirs(Path root) {
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("source.html")))
          .filter(d -> Files.isRegularFile(d.resolve("expected-metadata.json")))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  private String expectedTitle(Path file) {
    try {
      JsonNode node = json.readTree(file.toFile());
      return node.path("title").asText("");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Document parse(Path file) {
    try {
      return Jsoup.parse(file.toFile(), "UTF-8", "http://fakehost/");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
