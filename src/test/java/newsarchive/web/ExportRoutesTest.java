package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import newsarchive.Pipeline;
import newsarchive.index.Indexer;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import newsarchive.ingest.Article;
import newsarchive.json.JsonMapper;
import newsarchive.search.IndexView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/export} over a real index holding the text a spreadsheet finds hardest. */
class ExportRoutesTest {
  @TempDir static Path dir;
  static IndexView view;
  static final ObjectMapper JSON = JsonMapper.create();
  static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"convoy\")";
  static final String ARABIC = "قافلة مساعدات تصل إلى حلب";
  static final String QUOTED = "He said \"the convoy, at last\"\n\nThen it left; \r\nat night.";

  @BeforeAll
  static void index() throws IOException {
    try (Indexer indexer = new Indexer(dir, new Schema(), new StoredArticle(JSON), f -> Set.of())) {
      indexer.put(article("a", FORMULA, "2017-03-01", "Convoy report with a formula title."));
      indexer.put(article("b", ARABIC, "2017-03-02", "Convoy to Aleppo. " + ARABIC));
      indexer.put(article("c", "Quotes and lines", "2017-03-03", "Convoy. " + QUOTED));
      indexer.put(article("d", "Unrelated", "2017-03-04", "Nothing about trucks here."));
    }
    view = new IndexView(dir);
  }

  private static Article article(String name, String title, String date, String body) {
    return new Article(
        "export/" + name + ".txt",
        title,
        LocalDate.parse(date),
        "By \"Staff\", Reporter",
        null,
        "Wire",
        "https://example.org/" + name,
        "en",
        body,
        List.of(),
        List.of(),
        List.of());
  }

  @AfterAll
  static void close() throws IOException {
    view.close();
  }

  private static io.javalin.Javalin app() {
    return WebServer.create(Pipeline.searcher(view), JSON, dir.resolve("no-page"));
  }

  private static String header(Response r, String name) {
    List<String> values = r.headers().get(name);
    return values == null || values.isEmpty() ? "" : values.get(0);
  }

  @Test
  void csvHoldsEveryHitInOrderAndRoundTrips() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          JsonNode search =
              JSON.readTree(client.get("/api/search?q=convoy&sort=oldest").body().string());
          Response r = client.get("/api/export?q=convoy&sort=oldest&format=csv&body=true");
          assertEquals(200, r.code());
          assertEquals("text/csv; charset=utf-8", header(r, "Content-Type"));
          assertEquals(
              "attachment; filename=\"news-archive-convoy-"
                  + LocalDate.now(java.time.ZoneOffset.UTC)
                  + ".csv\"; filename*=UTF-8''news-archive-convoy-"
                  + LocalDate.now(java.time.ZoneOffset.UTC)
                  + ".csv",
              header(r, "Content-Disposition"));
          String text = r.body().string();
          assertEquals('\uFEFF', text.charAt(0));
          List<CSVRecord> rows =
              CSVFormat.RFC4180
                  .builder()
                  .setCommentMarker('#')
                  .setHeader()
                  .get()
                  .parse(new StringReader(text.substring(1)))
                  .getRecords();
          assertEquals(3, search.get("total").asInt());
          assertEquals(3, rows.size());
          for (int i = 0; i < 3; i++) {
            assertEquals(search.get("hits").get(i).get("id").asText(), rows.get(i).get("id"));
          }
          assertEquals("'" + FORMULA, rows.get(0).get("title"));
          assertEquals(ARABIC, rows.get(1).get("title"));
          assertTrue(rows.get(1).get("body").endsWith(ARABIC));
          assertEquals("Convoy. " + QUOTED, rows.get(2).get("body"));
          assertEquals("By \"Staff\", Reporter", rows.get(2).get("byline"));
          assertEquals("2017-03-03", rows.get(2).get("published"));
          assertEquals("https://example.org/c", rows.get(2).get("url"));
          assertTrue(rows.get(2).get("snippet").contains("Convoy"), rows.get(2).get("snippet"));
          assertFalse(rows.get(2).get("snippet").contains("<mark>"));
          String comment = rows.get(0).getParser().getHeaderComment();
          assertTrue(comment.contains("query: convoy\nsort: oldest\nexported: "), comment);
          assertTrue(comment.endsWith("articles in the archive: 4\nhits: 3"), comment);
        });
  }

  @Test
  void jsonLinesStartWithTheStampAndLeaveBodiesOutUnlessAsked() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          Response r = client.get("/api/export?q=convoy&format=jsonl&site=Wire&from=2017-03-02");
          assertEquals(200, r.code());
          assertEquals("application/x-ndjson; charset=utf-8", header(r, "Content-Type"));
          List<String> lines = r.body().string().lines().toList();
          assertEquals(3, lines.size());
          JsonNode stamp = JSON.readTree(lines.get(0)).get("export");
          assertEquals("convoy", stamp.get("query").asText());
          assertEquals("Wire", stamp.get("filters").get("site").get(0).asText());
          assertEquals("2017-03-02", stamp.get("filters").get("from").get(0).asText());
          assertEquals("relevance", stamp.get("sort").asText());
          assertEquals(4, stamp.get("articles").asInt());
          assertEquals(2, stamp.get("hits").asInt());
          assertTrue(stamp.get("exported").asText().endsWith("Z"));
          JsonNode row = JSON.readTree(lines.get(1));
          assertFalse(row.has("body"));
          for (String field :
              List.of(
                  "id",
                  "published",
                  "site",
                  "url",
                  "title",
                  "byline",
                  "factions",
                  "places",
                  "countries",
                  "snippet")) {
            assertTrue(row.has(field), field);
          }
        });
  }

  @Test
  void queryTextIsNeverRefused() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          // An unclosed quote is read as words, as the search reads it: an export, not a 400.
          Response r = client.get("/api/export?q=%22open");
          assertEquals(200, r.code());
        });
  }

  @Test
  void badParametersAreOneSentence400s() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          for (String query :
              List.of(
                  "format=xml",
                  "body=maybe",
                  "sort=sideways",
                  "faction.mode=some",
                  "from=2017-13-01")) {
            Response r = client.get("/api/export?" + query);
            String body = r.body().string();
            assertEquals(400, r.code(), query + " -> " + body);
            assertTrue(JSON.readTree(body).get("error").asText().endsWith("."), body);
            assertEquals("", header(r, "Content-Disposition"), query);
          }
        });
  }
}
