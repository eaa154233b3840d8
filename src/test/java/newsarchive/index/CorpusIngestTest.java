package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsarchive.Pipeline;
import newsarchive.ingest.read.ArticleReaders;
import newsarchive.ingest.read.Extraction;
import newsarchive.ingest.read.InputFiles;
import newsarchive.ingest.read.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive's own corpus through the real ingester: nothing rejected, one article per story, and
 * no article that loses its title, its date or its text, or keeps page furniture.
 */
class CorpusIngestTest {
  private static final Path CORPUS = Path.of("corpus");
  private static final Pattern DATE_IN_NAME =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-[^/]+\\.html");
  private static final List<String> FURNITURE =
      List.of(
          "cookie",
          "share on",
          "subscribe",
          "newsletter",
          "read more",
          "related",
          "all rights reserved");
  @TempDir Path index;

  @Test
  void wholeCorpusIngestsAsOneArticlePerStory() throws IOException {
    IngestSummary summary = Pipeline.ingest(index, List.of(CORPUS));
    assertEquals(List.of(), summary.rejected());
    assertEquals(120, summary.added());
    assertEquals(24, summary.duplicates()); // each wire story's second outlet
  }

  @Test
  void everyPageKeepsItsTitleDateAndTextWithoutFurniture() throws IOException {
    ArticleReaders readers = Pipeline.readers();
    List<String> problems = new ArrayList<>();
    for (Path page : InputFiles.expand(List.of(CORPUS), (p, why) -> problems.add(p + ": " + why))) {
      List<Extraction> found = new ArrayList<>();
      readers.read(page, found::add);
      for (Extraction x : found) {
        if (!(x instanceof Extraction.Found f)) {
          problems.add(x.source() + " rejected");
          continue;
        }
        RawArticle a = f.article();
        if (a.title().isBlank()) {
          problems.add(a.source() + " lost its title");
        }
        if (a.body().split("\\s+").length < 200) {
          problems.add(a.source() + " lost its text");
        }
        Matcher m = DATE_IN_NAME.matcher(page.toString().replace(".gz", ""));
        if (m.find() && !LocalDate.parse(m.group(1)).equals(a.published())) {
          problems.add(a.source() + " has date " + a.published() + ", not " + m.group(1));
        }
        if (a.published() == null) {
          problems.add(a.source() + " lost its date");
        }
        String body = a.body().toLowerCase(Locale.ROOT);
        FURNITURE.stream()
            .filter(body::contains)
            .forEach(w -> problems.add(a.source() + " keeps '" + w + "'"));
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertFalse(InputFiles.expand(List.of(CORPUS), (p, why) -> {}).isEmpty());
  }
}
