package newsarchive.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsarchive.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArticleReaderTest {
  private static final String P1 =
      "Residents of eastern Aleppo said on Monday that shelling had destroyed the last bakery in"
          + " their district, leaving thousands without bread.";
  private static final String P2 =
      "Aid agencies asked for a pause in the fighting so that convoys could reach the area.";
  private final ArticleReaders readers = Pipeline.readers();
  @TempDir Path dir;

  private List<Extraction> read(Path file) {
    List<Extraction> out = new ArrayList<>();
    readers.read(file, out::add);
    return out;
  }

  /** Three pages, a redirect and a stylesheet, as a crawl of one outlet records them. */
  private Path crawl(String name) throws IOException {
    return Warcs.write(
        dir.resolve(name),
        Warcs.response(
            "https://levant.example/2016/11/28/bakery",
            "2016-11-29T08:00:00Z",
            200,
            "text/html; charset=utf-8",
            Warcs.page("Last bakery in eastern Aleppo destroyed", P1, P2, "2016-11-28")),
        Warcs.response(
            "https://levant.example/old-link",
            "2016-11-29T08:00:01Z",
            301,
            "text/html",
            "<a href=\"/2016/11/28/bakery\">moved</a>",
            "Location",
            "https://levant.example/2016/11/28/bakery"),
        Warcs.response(
            "https://levant.example/style.css",
            "2016-11-29T08:00:02Z",
            200,
            "text/css",
            "body { color: black }"),
        Warcs.response(
            "https://levant.example/2016/11/29/convoys",
            "2016-11-29T09:30:00Z",
            200,
            "text/html",
            Warcs.page("Convoys wait outside Aleppo", P2, P1, null)),
        Warcs.response(
            "https://levant.example/2016/11/29/evacuation",
            "2016-11-30T23:30:00Z",
            200,
            "application/xhtml+xml",
            Warcs.page("Evacuation talks stall", P1, P2, "2016-11-29")));
  }

  @Test
  void everyHtmlResponseIsAnArticleWithItsUrlAndCaptureDate() throws IOException {
    for (String name : List.of("crawl.warc", "crawl.warc.gz")) {
      Path warc = crawl(name);
      List<Extraction> x = read(warc);
      assertEquals(3, x.size(), x.toString());
      List<RawArticle> a = x.stream().map(e -> ((Extraction.Found) e).article()).toList();
      assertEquals(
          List.of(
              "https://levant.example/2016/11/28/bakery",
              "https://levant.example/2016/11/29/convoys",
              "https://levant.example/2016/11/29/evacuation"),
          a.stream().map(RawArticle::url).toList());
      assertEquals(
          List.of(
              Instant.parse("2016-11-29T08:00:00Z"),
              Instant.parse("2016-11-29T09:30:00Z"),
              Instant.parse("2016-11-30T23:30:00Z")),
          a.stream().map(RawArticle::captured).toList());
      // The page's own date wins; the capture date stands in only where the page gives none.
      assertEquals(
          List.of(
              LocalDate.of(2016, 11, 28), LocalDate.of(2016, 11, 29), LocalDate.of(2016, 11, 29)),
          a.stream().map(RawArticle::published).toList());
      assertEquals("Last bakery in eastern Aleppo destroyed", a.get(0).title());
      assertEquals(P1 + "\n\n" + P2, a.get(0).body());
      assertEquals(warc + ":record 1", a.get(0).source());
      assertEquals(warc + ":record 4", a.get(1).source());
    }
  }

  @Test
  void pageWithoutTextIsRejectedAndTheOthersGoOn() throws IOException {
    Path warc =
        Warcs.write(
            dir.resolve("mixed.warc"),
            Warcs.response(
                "https://levant.example/empty",
                "2016-11-29T08:00:00Z",
                200,
                "text/html",
                "<html><body></body></html>"),
            Warcs.response(
                "https://levant.example/2016/11/29/convoys",
                "2016-11-29T09:30:00Z",
                200,
                "text/html",
                Warcs.page("Convoys wait outside Aleppo", P2, P1, null)));
    List<Extraction> x = read(warc);
    assertEquals(2, x.size(), x.toString());
    assertEquals(
        new Extraction.Rejected(warc + ":record 1", "no article text found in the page"), x.get(0));
    assertTrue(x.get(1) instanceof Extraction.Found, x.toString());
  }

  @Test
  void brokenRecordKeepsTheArticlesBeforeIt() throws IOException {
    Path warc = crawl("cut.warc");
    Files.writeString(warc, "this is no WARC record\r\n\r\n", StandardOpenOption.APPEND);
    List<Extraction> x = read(warc);
    assertEquals(4, x.size(), x.toString());
    assertEquals(
        new Extraction.Rejected(
            warc.toString(),
            "a broken WARC record after record 5; the rest of the file is skipped"),
        x.get(3));
  }

  /** Found by fuzzing: jwarc refuses a record with two WARC-Type lines with an unchecked error. */
  @Test
  void aRecordWithTwoTypesIsABrokenRecordAndTheArticlesBeforeItStay() throws IOException {
    Path warc = crawl("twice.warc");
    String record =
        String.join(
            "\r\n",
            "WARC/1.1",
            "WARC-Type: resource",
            "WARC-Type: response",
            "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>",
            "WARC-Date: 2016-11-30T23:31:00Z",
            "Content-Length: 0",
            "",
            "",
            "",
            "");
    Files.writeString(warc, record, StandardOpenOption.APPEND);
    List<Extraction> x = read(warc);
    assertEquals(4, x.size(), x.toString());
    assertEquals(
        new Extraction.Rejected(
            warc.toString(),
            "a broken WARC record after record 5; the rest of the file is skipped"),
        x.get(3));
  }

  /**
   * Found by fuzzing: jwarc's own reading of a record's date throws when the date is missing or
   * unreadable. Such a record's page is read all the same, without a capture time.
   */
  @Test
  void aPageWhoseRecordHasNoReadableDateIsReadWithoutItsCaptureTime() throws IOException {
    Path warc = dir.resolve("dates.warc");
    Files.writeString(warc, record("WARC-Date: the day before yesterday"), StandardCharsets.UTF_8);
    Files.writeString(warc, record(null), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    List<Extraction> x = read(warc);
    assertEquals(2, x.size(), x.toString());
    for (Extraction e : x) {
      RawArticle a = ((Extraction.Found) e).article();
      assertEquals("https://levant.example/undated", a.url());
      assertEquals(null, a.captured());
      assertEquals(null, a.published());
    }
  }

  /** A response record of a page without a date, with {@code dateLine} as its WARC-Date line. */
  private static String record(String dateLine) {
    String page = Warcs.page("Convoys wait outside Aleppo", P2, P1, null);
    String http =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
            + page.getBytes(StandardCharsets.UTF_8).length
            + "\r\n\r\n"
            + page;
    List<String> lines = new ArrayList<>();
    lines.add("WARC/1.1");
    lines.add("WARC-Type: response");
    lines.add("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000002>");
    if (dateLine != null) {
      lines.add(dateLine);
    }
    lines.add("WARC-Target-URI: https://levant.example/undated");
    lines.add("Content-Type: application/http;msgtype=response");
    lines.add("Content-Length: " + http.getBytes(StandardCharsets.UTF_8).length);
    lines.add("");
    lines.add(http + "\r\n\r\n");
    return String.join("\r\n", lines);
  }

  @Test
  void fileThatIsNoWarcIsRejectedWithItsReason() throws IOException {
    Path fake = Files.writeString(dir.resolve("fake.warc"), "this is not a web archive\n");
    List<Extraction> x = read(fake);
    assertEquals(
        List.of(
            new Extraction.Rejected(
                fake.toString(), "not a web archive (no WARC record at its start)")),
        x);
  }
}
