package newsarchive.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceNamesTest {
  private static final Path SAVED = Path.of("/srv", "newsroom", "saved");

  private static RawArticle read(String source) {
    return new RawArticle(source, "Title", null, null, null, null, null, "en", "Body.");
  }

  @Test
  void aFileInAGivenFolderIsNamedByItsPathInsideIt() {
    SourceNames names = new SourceNames(List.of(SAVED));
    Path file = SAVED.resolve("2017").resolve("raqqa.html");
    assertEquals("2017/raqqa.html", names.name(file, read(file.toString())));
  }

  @Test
  void aFileGivenItselfIsNamedByItsName() {
    Path dump = Path.of("/home", "analyst", "fakes.csv");
    SourceNames names = new SourceNames(List.of(SAVED, dump));
    assertEquals("fakes.csv:row 12", names.name(dump, read(dump + ":row 12")));
  }

  @Test
  void aRelativeFolderLosesItsOwnPathToo() {
    Path given = Path.of("..", "shared", "data");
    SourceNames names = new SourceNames(List.of(given));
    Path file = given.resolve("fa-kes").resolve("feed.jsonl");
    assertEquals("fa-kes/feed.jsonl:line 3", names.name(file, read(file + ":line 3")));
  }

  @Test
  void aPageAWebArchiveCapturedIsNamedByItsAddress() {
    Path warc = SAVED.resolve("crawl.warc.gz");
    RawArticle page =
        new RawArticle(
            warc + ":record 4",
            "Title",
            null,
            null,
            null,
            null,
            "https://levant.example/2016/11/aleppo",
            "en",
            "Body.",
            Instant.parse("2016-11-29T09:30:00Z"),
            List.of());
    assertEquals(
        "https://levant.example/2016/11/aleppo", new SourceNames(List.of(SAVED)).name(warc, page));
  }
}
