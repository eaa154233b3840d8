package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import newsarchive.Pipeline;
import newsarchive.search.IndexView;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.Searcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad input: each case puts one good page beside one bad input in a folder,
 * ingests the folder as `./archive ingest` does, and checks that the good page is in the index and
 * the bad input is rejected with exactly the expected one-line reason (or, for inputs that are odd
 * but readable, that they read correctly).
 */
class BadInputCatalogueTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);
  @TempDir Path dir;

  private Path corpus() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    BadInputs.writeGoodPage(corpus);
    return corpus;
  }

  private IngestSummary ingest(List<Path> paths, Consumer<List<Path>> betweenListingAndReading)
      throws IOException {
    try (Indexer indexer = Pipeline.indexer(dir.resolve("index"))) {
      return Pipeline.job(indexer).run(paths, betweenListingAndReading);
    }
  }

  private IngestSummary ingest(Path corpus) throws IOException {
    return ingest(List.of(corpus), files -> {});
  }

  /** Every article in the index, by title, newest first then by title. */
  private SearchResult all() throws IOException {
    try (IndexView view = new IndexView(dir.resolve("index"))) {
      Searcher searcher = Pipeline.searcher(view);
      return searcher.search(SearchRequest.of(""));
    }
  }

  private List<String> titles() throws IOException {
    List<String> titles = new ArrayList<>();
    all().hits().forEach(h -> titles.add(h.title()));
    titles.sort(null);
    return titles;
  }

  /** The rejections as "path relative to the corpus: reason". */
  private static List<String> rejections(IngestSummary summary, Path corpus) {
    List<String> out = new ArrayList<>();
    for (IngestSummary.Rejection r : summary.rejected()) {
      String source = r.source();
      String root = corpus.toString() + corpus.getFileSystem().getSeparator();
      out.add(
          (source.startsWith(root) ? source.substring(root.length()) : source) + ": " + r.reason());
      assertFalse(r.reason().contains("\n"), "one line: " + r.reason());
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("newsarchive.index.BadInputs#rejected")
  void badInputIsRejectedWithItsReasonAndTheGoodPageIsIngested(BadInputs.Case bad)
      throws IOException {
    Path corpus = corpus();
    bad.write().to(corpus);
    IngestSummary summary = assertTimeoutPreemptively(HANG_GUARD, () -> ingest(corpus));
    assertEquals(bad.expected(), rejections(summary, corpus));
    assertEquals(1 + bad.alsoRead(), summary.added(), summary.report());
    assertTrue(titles().contains(BadInputs.GOOD_TITLE), titles().toString());
  }

  @Test
  void aFileThatVanishesBetweenListingAndReadingIsRejected() throws IOException {
    Path corpus = corpus();
    Path doomed = BadInputs.writePage(corpus.resolve("doomed.html"), "Doomed page", "Mosul");
    IngestSummary summary =
        ingest(List.of(corpus), files -> delete(doomed, files.contains(doomed)));
    assertEquals(
        List.of("doomed.html: the file disappeared before it could be read"),
        rejections(summary, corpus));
    assertEquals(List.of(BadInputs.GOOD_TITLE), titles());
  }

  @Test
  void aFileReplacedByAFolderMidRunIsRejected() throws IOException {
    Path corpus = corpus();
    Path page = BadInputs.writePage(corpus.resolve("moved.html"), "Moved page", "Mosul");
    IngestSummary summary =
        ingest(
            List.of(corpus),
            files -> {
              delete(page, files.contains(page));
              try {
                Files.createDirectory(page);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    assertEquals(
        List.of("moved.html: not a regular file any more (a folder or device)"),
        rejections(summary, corpus));
    assertEquals(List.of(BadInputs.GOOD_TITLE), titles());
  }

  private static void delete(Path file, boolean listed) {
    assertTrue(listed, "the file was listed before it vanished");
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aMissingPathOnTheCommandLineIsRejectedAndTheOthersRead() throws IOException {
    Path corpus = corpus();
    Path missing = dir.resolve("no such folder");
    IngestSummary summary = ingest(List.of(missing, corpus), files -> {});
    assertEquals(List.of(missing + ": no such file or folder"), rejections(summary, corpus));
    assertEquals(1, summary.added());
  }

  @Test
  void aDuplicateIdWithinOneBatchIsOneArticle() throws IOException {
    Path corpus = corpus();
    // Two saves of one story (same canonical URL), one with a corrected last paragraph.
    BadInputs.writePage(corpus.resolve("a/save-1.html"), "Truce holds in Daraya", "Daraya");
    BadInputs.writePage(
        corpus.resolve("b/save-2.html"), "Truce holds in Daraya", "Daraya, corrected");
    IngestSummary summary = ingest(corpus);
    assertEquals(List.of(), rejections(summary, corpus));
    assertEquals(2, summary.added());
    assertEquals(1, summary.duplicates());
    assertEquals(List.of(BadInputs.GOOD_TITLE, "Truce holds in Daraya"), titles());
  }

  @Test
  void aPathWithSpacesAndNonAsciiLettersIsRead() throws IOException {
    Path corpus = corpus();
    Path odd = corpus.resolve("Deir ez-Zor 2017/تقارير حلب/Qamişli café report.html");
    BadInputs.writePage(odd, "Odd path report", "Qamishli");
    IngestSummary summary = ingest(corpus);
    assertEquals(List.of(), rejections(summary, corpus));
    assertEquals(List.of(BadInputs.GOOD_TITLE, "Odd path report"), titles());
    String source =
        all().hits().stream()
            .filter(h -> h.title().equals("Odd path report"))
            .findFirst()
            .orElseThrow()
            .id();
    assertFalse(source.isBlank());
  }

  @Test
  void aSecondRunOverTheCatalogueChangesNothing() throws IOException {
    Path corpus = corpus();
    for (BadInputs.Case c : BadInputs.rejected().toList()) {
      if (!c.name().contains("50 MB")) {
        c.write().to(Files.createDirectories(corpus.resolve(BadInputs.folderName(c))));
      }
    }
    IngestSummary first = ingest(corpus);
    IngestSummary second = ingest(corpus);
    assertEquals(0, second.added(), second.report());
    assertEquals(0, second.updated(), second.report());
    assertEquals(first.added(), second.unchanged(), second.report());
    assertEquals(first.rejected(), second.rejected());
  }
}
