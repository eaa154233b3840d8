package newsarchive.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import newsarchive.ingest.dates.PublicationDateFinder;
import newsarchive.ingest.read.TextDecoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The HTML cleaner, body extractor and date finder on any bytes, decoded and parsed as a saved page
 * is: nothing throws, and the body keeps its documented shape (paragraphs apart by one blank line,
 * no paragraph of white space). Seeds: {@code HtmlCleanerFuzzTestInputs/cleansAnyPage}.
 */
class HtmlCleanerFuzzTest {
  private static final TextDecoder DECODER = new TextDecoder();
  private static final HtmlCleaner CLEANER = new HtmlCleaner();
  private static final PublicationDateFinder DATES = new PublicationDateFinder();

  @FuzzTest(maxDuration = "10m")
  void cleansAnyPage(byte[] bytes) {
    Document doc = Jsoup.parse(DECODER.decode(bytes, true), "https://news.example/2017/story");
    CleanPage page = CLEANER.clean(doc);
    assertNotNull(page.title());
    assertNotNull(page.body());
    assertFalse(page.body().contains("\n\n\n"), page.body());
    assertFalse(page.body().contains("\n \n"), page.body());
    assertNotNull(DATES.find(doc, page.url()));
    assertNotNull(Dateline.find(page.body()));
  }
}
