package newsarchive.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import newsarchive.ingest.clean.HtmlCleaner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Scores {@link HtmlCleaner}'s article bodies on a snippet-judged set (trafilatura's evaluation
 * data: {@code evaldata.json} beside {@code html/FILE.gz}) with the metric trafilatura publishes:
 * each passage a page's main text must hold is a true positive when found and a false negative when
 * not; each passage it must not hold is a false positive when found and a true negative when not.
 * Whitespace is collapsed on both sides. A page whose body comes out empty is rejected, as {@code
 * ./archive ingest} rejects it, and finds nothing. Thread-safe; each run reads the folder anew.
 */
public final class SnippetEval {
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private final HtmlCleaner cleaner;
  private final ObjectMapper json = new ObjectMapper();

  /** One page's counts; {@code name} is its file name without {@code .gz}. */
  public record PageResult(String name, boolean rejected, int tp, int fn, int fp, int tn) {
    public PageResult {
      Objects.requireNonNull(name, "name");
    }
  }

  /** Counts summed over some pages, with the measures trafilatura publishes. */
  public record Counts(int pages, int rejected, int tp, int fn, int fp, int tn) {
    static Counts of(List<PageResult> pages) {
      int rejected = 0;
      int tp = 0;
      int fn = 0;
      int fp = 0;
      int tn = 0;
      for (PageResult p : pages) {
        rejected += p.rejected() ? 1 : 0;
        tp += p.tp();
        fn += p.fn();
        fp += p.fp();
        tn += p.tn();
      }
      return new Counts(pages.size(), rejected, tp, fn, fp, tn);
    }

    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double accuracy() {
      int all = tp + fn + fp + tn;
      return all == 0 ? 0 : (double) (tp + tn) / all;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The whole set's counts, and every page's in file-name order. */
  public record Score(Counts all, List<PageResult> perPage) {
    public Score {
      perPage = List.copyOf(perPage);
    }

    /** The counts over the pages of one part of the {@link DevSplit}. */
    public Counts part(DevSplit.Part part) {
      return Counts.of(perPage.stream().filter(p -> DevSplit.of(p.name()) == part).toList());
    }
  }

  public SnippetEval(HtmlCleaner cleaner) {
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
  }

  public Score run(Path dir) {
    JsonNode root = readTree(dir.resolve("evaldata.json"));
    List<PageResult> pages = new ArrayList<>();
    root.properties()
        .forEach(
            e -> {
              JsonNode item = e.getValue();
              String file = item.path("file").asText();
              String text = extract(dir.resolve("html").resolve(file + ".gz"), e.getKey());
              pages.add(judge(file, text, item.path("with"), item.path("without")));
            });
    pages.sort(java.util.Comparator.comparing(PageResult::name));
    return new Score(Counts.of(pages), pages);
  }

  private static PageResult judge(
      String name, String text, JsonNode mustHave, JsonNode mustNotHave) {
    String found = text == null ? "" : collapse(text);
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int tn = 0;
    for (JsonNode passage : mustHave) {
      if (contains(found, passage.asText())) {
        tp++;
      } else {
        fn++;
      }
    }
    for (JsonNode passage : mustNotHave) {
      if (contains(found, passage.asText())) {
        fp++;
      } else {
        tn++;
      }
    }
    return new PageResult(name, text == null, tp, fn, fp, tn);
  }

  private static boolean contains(String text, String passage) {
    String p = collapse(passage);
    return !text.isEmpty() && !p.isEmpty() && text.contains(p);
  }

  private static String collapse(String s) {
    return SPACE.matcher(s).replaceAll(" ").strip();
  }

  /** The page's body, or null when it is rejected (no article text). */
  private String extract(Path file, String url) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      // Jsoup picks the charset as the archive's reader does: BOM, declared charset, UTF-8.
      Document doc = Jsoup.parse(in, null, url);
      String body = cleaner.clean(doc).body();
      return body.isBlank() ? null : body;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private JsonNode readTree(Path file) {
    try {
      return json.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
