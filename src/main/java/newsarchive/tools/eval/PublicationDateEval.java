package newsarchive.tools.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import newsarchive.ingest.dates.PublicationDateFinder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Scores {@link PublicationDateFinder} on a publication-date set: a folder with {@code
 * ground-truth.json} (file name to {@code {"url", "date"}}) and the pages as {@code html/NAME.gz}.
 * A page counts as correct when the date found equals the true one; no date counts as wrong.
 * Thread-safe as long as the finder is.
 */
public final class PublicationDateEval {
  /** One page whose date was missed; {@code found} is null when none was found. */
  public record Miss(String file, String url, LocalDate expected, LocalDate found) {}

  /** The result of one run: pages scored, how many were right, and how fast it went. */
  public record Score(
      int pages,
      int correct,
      double accuracy,
      double pagesPerSecond,
      List<Miss> misses,
      EvalReport.Share look,
      EvalReport.Share score) {
    public Score {
      if (pages < 0 || correct < 0 || correct > pages) {
        throw new IllegalArgumentException("bad counts " + correct + "/" + pages);
      }
      misses = List.copyOf(misses);
    }
  }

  private record Truth(String url, String date) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final PublicationDateFinder finder;

  public PublicationDateEval(PublicationDateFinder finder) {
    this.finder = finder;
  }

  /** Scores every page listed in {@code dir/ground-truth.json}, in file-name order. */
  public Score run(Path dir) {
    Map<String, Truth> truths = readTruths(dir.resolve("ground-truth.json"));
    List<Miss> misses = new ArrayList<>();
    int correct = 0;
    // Per part of the split (by the page's file name): pages, correct.
    Map<DevSplit.Part, int[]> parts = new EnumMap<>(DevSplit.Part.class);
    for (DevSplit.Part part : DevSplit.Part.values()) {
      parts.put(part, new int[2]);
    }
    long started = System.nanoTime();
    for (Map.Entry<String, Truth> entry : truths.entrySet()) {
      Truth truth = entry.getValue();
      LocalDate expected = LocalDate.parse(truth.date());
      LocalDate found = findIn(dir.resolve("html").resolve(entry.getKey() + ".gz"), truth.url());
      int[] part = parts.get(DevSplit.of(entry.getKey()));
      part[0]++;
      if (expected.equals(found)) {
        correct++;
        part[1]++;
      } else {
        misses.add(new Miss(entry.getKey(), truth.url(), expected, found));
      }
    }
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    int pages = truths.size();
    double accuracy = pages == 0 ? 0 : (double) correct / pages;
    return new Score(
        pages,
        correct,
        accuracy,
        pages / seconds,
        misses,
        EvalReport.Share.of(parts.get(DevSplit.Part.LOOK)),
        EvalReport.Share.of(parts.get(DevSplit.Part.SCORE)));
  }

  private LocalDate findIn(Path page, String url) {
    if (!Files.isRegularFile(page)) {
      return null;
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      // Jsoup picks the charset as the archive's reader does: BOM, then the page's declared
      // charset, then UTF-8.
      Document doc = Jsoup.parse(new ByteArrayInputStream(in.readAllBytes()), null, url);
      return finder.find(doc, url).orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + page, e);
    }
  }

  private static Map<String, Truth> readTruths(Path file) {
    try {
      return new TreeMap<>(
          JSON.readValue(file.toFile(), new TypeReference<Map<String, Truth>>() {}));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
