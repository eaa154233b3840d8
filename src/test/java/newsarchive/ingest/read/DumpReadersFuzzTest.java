package newsarchive.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsarchive.ingest.clean.HtmlCleaner;
import newsarchive.ingest.dates.PublicationDateFinder;
import newsarchive.json.JsonMapper;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dump readers (JSON Lines, CSV, WARC) on any file content: each either hands on articles with
 * text and one-line rejections naming their row or record, or fails the whole file with an {@link
 * IOException} or a {@link RejectedInputException} with a one-line reason; no other exception
 * escapes. Seeds: {@code DumpReadersFuzzTestInputs/<method>}.
 */
class DumpReadersFuzzTest {
  @TempDir static Path dir;
  private static final PublicationDateFinder DATES = new PublicationDateFinder();
  private static final TextDecoder DECODER = new TextDecoder();
  private static final DumpRows ROWS = new DumpRows(DATES);
  private static final ArticleReader JSONL = new JsonlArticleReader(JsonMapper.create(), ROWS);
  private static final ArticleReader CSV = new CsvArticleReader(DECODER, ROWS);
  private static final ArticleReader WARC =
      new WarcArticleReader(new HtmlArticleReader(DECODER, new HtmlCleaner(), DATES));

  @FuzzTest(maxDuration = "10m")
  void jsonl(byte[] bytes) throws IOException {
    readsOrRejects(JSONL, "dump.jsonl", bytes);
  }

  @FuzzTest(maxDuration = "10m")
  void csv(byte[] bytes) throws IOException {
    readsOrRejects(CSV, "dump.csv", bytes);
  }

  @FuzzTest(maxDuration = "10m")
  void warc(byte[] bytes) throws IOException {
    readsOrRejects(WARC, "crawl.warc", bytes);
  }

  private static void readsOrRejects(ArticleReader reader, String name, byte[] bytes)
      throws IOException {
    Path file = Files.write(dir.resolve(name), bytes);
    List<Extraction> out = new ArrayList<>();
    try {
      reader.read(file, out::add);
    } catch (RejectedInputException e) {
      oneLine(e.getMessage());
    } catch (IOException e) {
      // the whole file unreadable: ArticleReaders reports it with its message
    }
    for (Extraction x : out) {
      assertTrue(x.source().startsWith(file.toString()), x.source());
      switch (x) {
        case Extraction.Found f -> assertFalse(f.article().body().isBlank(), f.source());
        case Extraction.Rejected r -> oneLine(r.reason());
      }
    }
  }

  private static void oneLine(String reason) {
    assertNotNull(reason);
    assertFalse(reason.isBlank());
    assertEquals(1, reason.lines().count(), reason);
  }
}
