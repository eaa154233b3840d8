package newsarchive.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import newsarchive.ingest.clean.HtmlCleaner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Scores {@link HtmlCleaner}'s article bodies on an article-extraction folder ({@code
 * ground-truth.json} beside {@code html/ID.html.gz}) with the benchmark's shingle metric: each
 * page's counts are normalised, then summed over pages. Thread-safe; each run reads the folder
 * anew.
 */
public final class BodyExtractionEval {
  private static final int TIMED_PASSES = 3;

  private final HtmlCleaner cleaner;
  private final ObjectMapper json = new ObjectMapper();

  /** One page's score, for listing the weak pages. */
  public record PageScore(String id, double precision, double recall, double f1) {
    public PageScore {
      Objects.requireNonNull(id, "id");
    }
  }

  /** The whole set's score; {@code perPage} is sorted from worst to best F1. */
  public record Score(
      int pages,
      double precision,
      double recall,
      double f1,
      double pagesPerSecond,
      List<PageScore> perPage,
      EvalReport.Shingles look,
      EvalReport.Shingles score) {
    public Score {
      perPage = List.copyOf(perPage);
    }
  }

  public BodyExtractionEval(HtmlCleaner cleaner) {
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
  }

  public Score run(Path articleExtractionDir) {
    Map<String, Truth> truths = readTruth(articleExtractionDir.resolve("ground-truth.json"));
    Map<String, Document> pages = new TreeMap<>();
    for (Map.Entry<String, Truth> e : truths.entrySet()) {
      Path file = articleExtractionDir.resolve("html").resolve(e.getKey() + ".html.gz");
      pages.put(e.getKey(), parse(file, e.getValue().url()));
    }
    double tp = 0;
    double fp = 0;
    double fn = 0;
    // Per part of the split (by the page's file name, "ID.html"): TP, FP, FN, pages.
    Map<DevSplit.Part, double[]> parts = new EnumMap<>(DevSplit.Part.class);
    for (DevSplit.Part part : DevSplit.Part.values()) {
      parts.put(part, new double[4]);
    }
    List<PageScore> perPage = new ArrayList<>();
    for (Map.Entry<String, Document> e : pages.entrySet()) {
      String body = cleaner.clean(e.getValue()).body();
      ShingleOverlap.Counts c = ShingleOverlap.compare(truths.get(e.getKey()).body(), body);
      tp += c.truePositive();
      fp += c.falsePositive();
      fn += c.falseNegative();
      double[] part = parts.get(DevSplit.of(e.getKey() + ".html"));
      part[0] += c.truePositive();
      part[1] += c.falsePositive();
      part[2] += c.falseNegative();
      part[3]++;
      perPage.add(
          new PageScore(
              e.getKey(),
              ratio(c.truePositive(), c.truePositive() + c.falsePositive()),
              ratio(c.truePositive(), c.truePositive() + c.falseNegative()),
              f1(c.truePositive(), c.falsePositive(), c.falseNegative())));
    }
    perPage.sort(Comparator.comparingDouble(PageScore::f1));
    return new Score(
        pages.size(),
        ratio(tp, tp + fp),
        ratio(tp, tp + fn),
        f1(tp, fp, fn),
        pagesPerSecond(pages.values()),
        perPage,
        figures(parts.get(DevSplit.Part.LOOK)),
        figures(parts.get(DevSplit.Part.SCORE)));
  }

  private static EvalReport.Shingles figures(double[] c) {
    return new EvalReport.Shingles(
        (int) c[3], ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]), f1(c[0], c[1], c[2]));
  }

  /**
   * Times three more passes after the scoring pass has warmed the JIT, in this thread's CPU time:
   * the cost on one core, whatever else the machine is doing. Parsing is not timed.
   */
  private double pagesPerSecond(Collection<Document> pages) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long start = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    for (int pass = 0; pass < TIMED_PASSES; pass++) {
      for (Document page : pages) {
        cleaner.clean(page);
      }
    }
    long end = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    double seconds = (end - start) / 1e9;
    return seconds == 0 ? 0 : TIMED_PASSES * pages.size() / seconds;
  }

  private record Truth(String body, String url) {}

  private Map<String, Truth> readTruth(Path file) {
    try {
      JsonNode root = json.readTree(file.toFile());
      Map<String, Truth> out = new TreeMap<>();
      root.properties()
          .forEach(
              e ->
                  out.put(
                      e.getKey(),
                      new Truth(
                          e.getValue().path("articleBody").asText(""),
                          e.getValue().path("url").asText(""))));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Document parse(Path file, String url) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return Jsoup.parse(in, "UTF-8", url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static double ratio(double part, double whole) {
    return whole == 0 ? 0 : part / whole;
  }

  private static double f1(double tp, double fp, double fn) {
    double p = ratio(tp, tp + fp);
    double r = ratio(tp, tp + fn);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
