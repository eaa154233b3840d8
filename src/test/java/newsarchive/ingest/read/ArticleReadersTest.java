package newsarchive.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsarchive.Pipeline;
import org.junit.jupiter.api.Test;

class ArticleReadersTest {
  private final ArticleReaders readers = Pipeline.readers();

  static Path fixture(String name) {
    try {
      return Path.of(ArticleReadersTest.class.getResource("/ingest/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Extraction> read(String name) {
    List<Extraction> out = new ArrayList<>();
    readers.read(fixture(name), out::add);
    return out;
  }

  private RawArticle only(String name) {
    List<Extraction> x = read(name);
    assertEquals(1, x.size(), x.toString());
    return ((Extraction.Found) x.get(0)).article();
  }

  private String rejection(String name) {
    List<Extraction> x = read(name);
    assertEquals(1, x.size(), x.toString());
    return ((Extraction.Rejected) x.get(0)).reason();
  }

  @Test
  void utf8PageWithMetadata() {
    RawArticle a = only("raqqa-assault.html");
    assertEquals("Kurdish-led fighters close in on Raqqa", a.title());
    assertEquals(LocalDate.of(2017, 6, 6), a.published());
    assertEquals("Orontes Courier", a.site());
    assertEquals("https://orontes-courier.example/2017/06/06/raqqa-assault-begins", a.url());
    assertEquals("Lina Haddad", a.byline());
    assertEquals("BEIRUT", a.dateline());
    assertEquals("en", a.language());
    assertEquals(
        "BEIRUT (Orontes Courier) - The Syrian Democratic Forces launched their assault on Raqqa on"
            + " Tuesday, attacking the city held by Islamic State from the east and the west.\n\n"
            + "The alliance, which is led by the Kurdish YPG militia, said the battle for the city would"
            + " be long and hard, and that the U.S.-led coalition was giving air support.\n\n"
            + "Residents who fled in recent weeks described checkpoints and mines on the roads leading"
            + " south towards the Euphrates.",
        a.body());
  }

  @Test
  void windows1256PageKeepsItsArabic() {
    RawArticle a = only("aleppo-return-1256.html");
    assertEquals("Aleppo residents return to eastern districts", a.title());
    assertTrue(a.body().contains("\"حلب\""), a.body());
    assertEquals(LocalDate.of(2016, 12, 22), a.published());
  }

  @Test
  void undeclaredLatin1PageHasNoMojibakeAndNoDate() {
    RawArticle a = only("irbid-refugees-latin1.html");
    assertTrue(a.body().contains("At a café near the camp"), a.body());
    assertEquals(null, a.published());
    assertTrue(!a.body().contains("Great report"), a.body());
  }

  @Test
  void gzippedPageReadsLikeThePlainOne() {
    assertEquals(only("raqqa-assault.html").body(), only("raqqa-assault-copy.html.gz").body());
  }

  @Test
  void textFileBodyIsTheFileUnchanged() {
    RawArticle a = only("peshmerga.txt");
    assertEquals("Peshmerga retake villages east of Mosul", a.title());
    assertEquals("ERBIL", a.dateline());
    assertTrue(
        a.body().startsWith("Peshmerga retake villages east of Mosul\n\nERBIL, Iraq - Kurdish"));
  }

  @Test
  void csvRowsMapUsualColumnNamesAndRejectRowsWithoutText() {
    List<Extraction> x = read("dump.csv");
    assertEquals(3, x.size());
    RawArticle first = ((Extraction.Found) x.get(0)).article();
    assertEquals("Turkish-backed rebels enter Jarablus", first.title());
    assertEquals(LocalDate.of(2016, 8, 24), first.published());
    assertEquals("Orontes Courier", first.site());
    assertEquals(
        "Turkish troops and allied Syrian rebels entered Jarablus on Wednesday.\n\n"
            + "Islamic State fighters withdrew from the border town with little resistance.",
        first.body());
    Extraction.Rejected empty = (Extraction.Rejected) x.get(1);
    assertTrue(empty.source().endsWith("dump.csv:row 3"), empty.source());
    assertEquals("the row has no article text", empty.reason());
    assertEquals(
        "https://orontes-courier.example/2016/08/25/daraya-truce",
        ((Extraction.Found) x.get(2)).article().url());
  }

  @Test
  void jsonlBadLineIsRejectedAndTheOthersRead() {
    List<Extraction> x = read("feed.jsonl");
    assertEquals(3, x.size());
    assertEquals("Palmyra falls to Islamic State", ((Extraction.Found) x.get(0)).article().title());
    Extraction.Rejected bad = (Extraction.Rejected) x.get(1);
    assertTrue(bad.source().endsWith("feed.jsonl:line 2"), bad.source());
    assertTrue(bad.reason().startsWith("not valid JSON"), bad.reason());
    assertEquals(LocalDate.of(2015, 1, 26), ((Extraction.Found) x.get(2)).article().published());
  }

  @Test
  void brokenFilesAreRejectedWithAReason() {
    assertEquals("broken or truncated gzip data", rejection("truncated.html.gz"));
    assertEquals("not a text file (binary content)", rejection("photo.html"));
    assertEquals("the file is empty", rejection("empty.html"));
  }
}
