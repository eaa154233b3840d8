package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import newsarchive.Pipeline;
import newsarchive.index.Indexer;
import newsarchive.ingest.Article;
import newsarchive.ingest.ArticleId;
import newsarchive.json.JsonMapper;
import newsarchive.search.IndexView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Citing an article: the plain reference, the RIS download, and the source the API shows. */
class CiteTest {
  private static final ObjectMapper JSON = JsonMapper.create();
  private static final Article BADIA =
      article(
          "/srv/archive/corpus/levant/badia.html",
          "Rebels seize desert villages from Islamic State",
          LocalDate.parse("2017-05-29"),
          "By Sara Haddad and Omar Khalil",
          "Levant Daily",
          "https://levant.example/2017/05/badia",
          null);
  private static final Article CAPTURED =
      article(
          "https://wire.example/aleppo",
          "Will the convoy cross\nbefore dark?",
          LocalDate.parse("2016-11-28"),
          null,
          null,
          "https://wire.example/aleppo",
          Instant.parse("2016-11-29T09:30:00Z"));
  private static final Article BARE =
      article("notes/manbij.txt", "Notes from Manbij", null, null, null, null, null);

  @TempDir static Path dir;
  static IndexView view;
  static Javalin app;

  private static Article article(
      String source,
      String title,
      LocalDate published,
      String byline,
      String site,
      String url,
      Instant captured) {
    return new Article(
        source,
        title,
        published,
        byline,
        null,
        site,
        url,
        "en",
        "Text of " + title + ".",
        List.of(),
        List.of(),
        List.of(),
        captured,
        List.of());
  }

  @BeforeAll
  static void start() throws IOException {
    Path index = dir.resolve("index");
    try (Indexer indexer = Pipeline.indexer(index)) {
      for (Article a : List.of(BADIA, CAPTURED, BARE)) {
        indexer.put(a);
      }
    }
    view = new IndexView(index);
    app =
        WebServer.create(Pipeline.searcher(view), JSON, Files.createDirectories(dir.resolve("web")))
            .start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    view.close();
  }

  /** The answer, with "{today}" standing for the day it was made (one of two, at midnight). */
  private static String withToday(RawHttp.Response r, LocalDate before, DateTimeFormatter f) {
    String body = r.body();
    for (LocalDate day : List.of(before, LocalDate.now(ZoneOffset.UTC))) {
      body = body.replace(f.format(day), "{today}");
    }
    return body;
  }

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter RIS =
      DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);

  private static JsonNode cite(Article a) throws IOException {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    RawHttp.Response r = RawHttp.get(app.port(), "/api/articles/" + ArticleId.of(a) + "/cite");
    assertEquals(200, r.status(), r.body());
    return JSON.readTree(
        r.body()
            .replace(SHOWN.format(today), "{today}")
            .replace(SHOWN.format(today.plusDays(1)), "{today}"));
  }

  @Test
  void aNewsArticleIsCitedWithBylineTitleSiteDateAndAddress() throws IOException {
    String id = ArticleId.of(BADIA);
    JsonNode c = cite(BADIA);
    assertEquals(id, c.get("id").asText());
    assertEquals(
        "Sara Haddad and Omar Khalil. \u201CRebels seize desert villages from Islamic State.\u201D"
            + " Levant Daily, 29 May 2017. https://levant.example/2017/05/badia. Accessed {today}.",
        c.get("text").asText());
    assertEquals("/api/articles/" + id + "/cite.ris", c.get("ris").asText());
  }

  @Test
  void aCapturedPageIsCitedAsArchivedOnItsCaptureDay() throws IOException {
    assertEquals(
        "\u201CWill the convoy cross before dark?\u201D 28 November 2016."
            + " https://wire.example/aleppo. Archived 29 November 2016.",
        cite(CAPTURED).get("text").asText());
  }

  @Test
  void anArticleWithoutAnAddressIsCitedByItsPlaceInTheArchive() throws IOException {
    assertEquals(
        "\u201CNotes from Manbij.\u201D News archive, article "
            + ArticleId.of(BARE)
            + ". Accessed {today}.",
        cite(BARE).get("text").asText());
  }

  @Test
  void theRisDownloadHasOneTagALineEndingInCrLf() throws IOException {
    String id = ArticleId.of(BADIA);
    LocalDate before = LocalDate.now(ZoneOffset.UTC);
    RawHttp.Response r = RawHttp.get(app.port(), "/api/articles/" + id + "/cite.ris");
    assertEquals(200, r.status());
    assertEquals("application/x-research-info-systems; charset=utf-8", r.header("Content-Type"));
    assertEquals(
        "attachment; filename=\"news-archive-"
            + id
            + ".ris\"; filename*=UTF-8''news-archive-"
            + id
            + ".ris",
        r.header("Content-Disposition"));
    assertEquals(
        "TY  - NEWS\r\n"
            + "TI  - Rebels seize desert villages from Islamic State\r\n"
            + "AU  - Sara Haddad\r\n"
            + "AU  - Omar Khalil\r\n"
            + "T2  - Levant Daily\r\n"
            + "PY  - 2017\r\n"
            + "DA  - 2017/05/29\r\n"
            + "UR  - https://levant.example/2017/05/badia\r\n"
            + "Y2  - {today}\r\n"
            + "LA  - en\r\n"
            + "DB  - News archive\r\n"
            + "ID  - "
            + id
            + "\r\n"
            + "ER  - \r\n",
        withToday(r, before, RIS));
  }

  @Test
  void aCapturedPageIsAWebPageInRisAndItsTitleOneLine() throws IOException {
    String id = ArticleId.of(CAPTURED);
    RawHttp.Response r = RawHttp.get(app.port(), "/api/articles/" + id + "/cite.ris");
    assertEquals(
        "TY  - ELEC\r\n"
            + "TI  - Will the convoy cross before dark?\r\n"
            + "PY  - 2016\r\n"
            + "DA  - 2016/11/28\r\n"
            + "UR  - https://wire.example/aleppo\r\n"
            + "Y2  - 2016/11/29\r\n"
            + "LA  - en\r\n"
            + "DB  - News archive\r\n"
            + "ID  - "
            + id
            + "\r\n"
            + "ER  - \r\n",
        r.body());
    assertTrue(
        RawHttp.get(app.port(), "/api/articles/" + ArticleId.of(BARE) + "/cite.ris")
            .body()
            .startsWith("TY  - GEN\r\nTI  - Notes from Manbij\r\nY2  - "));
  }

  @Test
  void anUnknownArticleHasNoCitation() throws IOException {
    for (String target :
        List.of("/api/articles/0000000000000000/cite", "/api/articles/0000000000000000/cite.ris")) {
      RawHttp.Response r = RawHttp.get(app.port(), target);
      assertEquals(404, r.status(), target);
      assertEquals(
          "No article has the id '0000000000000000'.",
          JSON.readTree(r.body()).get("error").asText());
    }
  }

  @Test
  void theArticleShowsNoFolderOfTheServer() throws IOException {
    JsonNode badia =
        JSON.readTree(RawHttp.get(app.port(), "/api/articles/" + ArticleId.of(BADIA)).body());
    assertEquals("badia.html", badia.get("source").asText());
    JsonNode bare =
        JSON.readTree(RawHttp.get(app.port(), "/api/articles/" + ArticleId.of(BARE)).body());
    assertEquals("notes/manbij.txt", bare.get("source").asText());
  }

  @Test
  void pathsAnOlderIndexKeptAreCutToTheFileName() {
    assertEquals("fakes.csv:row 5", ArticleView.shownSource("/home/ana/data/fakes.csv:row 5"));
    assertEquals("a.html", ArticleView.shownSource("C:\\Users\\ana\\saved\\a.html"));
    assertEquals("x.csv:row 2", ArticleView.shownSource("../shared/data/x.csv:row 2"));
    assertEquals("sites/a.html", ArticleView.shownSource("sites/a.html"));
    assertEquals("https://a.example/x/y", ArticleView.shownSource("https://a.example/x/y"));
  }

  @Test
  void aBylineGivesItsNamesAndARoleIsNoAuthor() {
    java.util.Map<String, List<String>> bylines = new java.util.LinkedHashMap<>();
    bylines.put("By Sara Haddad and Omar Khalil", List.of("Sara Haddad", "Omar Khalil"));
    bylines.put("Lina Sinjab; Tom Perry.", List.of("Lina Sinjab", "Tom Perry"));
    bylines.put("Reuters", List.of("Reuters"));
    bylines.put(
        "\u0631\u0627\u0645\u064A \u0627\u0644\u0623\u062D\u0645\u062F",
        List.of("\u0631\u0627\u0645\u064A \u0627\u0644\u0623\u062D\u0645\u062F"));
    bylines.put("a staff reporter", List.of());
    bylines.put("By Our Foreign Correspondent", List.of());
    bylines.put("Reuters staff", List.of());
    for (var b : bylines.entrySet()) {
      Article a =
          new Article(
              "x.txt",
              "T",
              null,
              b.getKey(),
              null,
              null,
              null,
              "en",
              "Body.",
              List.of(),
              List.of(),
              List.of());
      assertEquals(b.getValue(), new Citation("0", a, LocalDate.EPOCH).authors(), b.getKey());
    }
  }
}
