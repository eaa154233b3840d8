package newsarchive.search.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsarchive.Pipeline;
import newsarchive.index.Indexer;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import newsarchive.ingest.Article;
import newsarchive.json.JsonMapper;
import newsarchive.search.Hit;
import newsarchive.search.HitDetails;
import newsarchive.search.HitSink;
import newsarchive.search.IndexView;
import newsarchive.search.InvalidQueryException;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.Searcher;
import newsarchive.search.SortOrder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export over an index of 450 articles, more than two of the searcher's batches, with dates
 * shared by many articles so that ids must break ties the way the search's cursor does.
 */
class ExportTest {
  @TempDir static Path dir;
  static IndexView view;
  static Searcher searcher;
  static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
  static final Export EXPORT =
      new Export(null, JsonMapper.create(), Clock.fixed(NOW, ZoneOffset.UTC));

  @BeforeAll
  static void index() throws IOException {
    try (Indexer indexer =
        new Indexer(dir, new Schema(), new StoredArticle(JsonMapper.create()), f -> Set.of())) {
      for (int n = 0; n < 450; n++) {
        String words = n % 3 == 0 ? "shelling shelling near the river" : "shelling reported";
        indexer.put(
            new Article(
                "many/" + n + ".txt",
                "Report number " + n,
                n % 17 == 0 ? null : LocalDate.of(2017, 1, 1).plusDays(n % 30),
                null,
                null,
                "Site " + (n % 4),
                null,
                "en",
                "Report " + n + " of " + words + " in district " + (n * 7919 % 1000) + ".",
                List.of(),
                List.of(),
                List.of()));
      }
    }
    view = new IndexView(dir);
    searcher = Pipeline.searcher(view);
  }

  @AfterAll
  static void close() throws IOException {
    view.close();
  }

  private static List<String> streamed(SearchRequest request) throws IOException {
    List<String> ids = new ArrayList<>();
    searcher.stream(
        request,
        false,
        new HitSink() {
          @Override
          public void start(long total, int articles) {}

          @Override
          public void hit(Hit hit, HitDetails details) {
            ids.add(hit.id());
          }
        });
    return ids;
  }

  /** The search's own order, page after page through its cursor. */
  private static List<String> paged(SearchRequest.Builder request) throws IOException {
    List<String> ids = new ArrayList<>();
    String after = null;
    do {
      SearchResult page = searcher.search(request.size(100).after(after).build());
      page.hits().forEach(h -> ids.add(h.id()));
      after = page.next();
    } while (after != null);
    return ids;
  }

  @Test
  void streamGivesEveryHitInTheSearchOrderForEachSort() throws IOException {
    for (String sort : List.of("relevance", "newest", "oldest")) {
      SearchRequest.Builder request =
          SearchRequest.builder().query("shelling").sort(SortOrder.parse(sort, false));
      List<String> expected = paged(request);
      assertEquals(450, expected.size(), sort);
      assertEquals(expected, streamed(request.after(null).build()), sort);
    }
  }

  @Test
  void streamHonoursFiltersAndCountsFirst() throws IOException {
    SearchRequest request =
        SearchRequest.builder().query("river").sites(List.of("Site 1")).size(5).build();
    long total = searcher.search(request).total();
    List<long[]> started = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    searcher.stream(
        request,
        true,
        new HitSink() {
          @Override
          public void start(long hits, int articles) {
            started.add(new long[] {hits, articles});
          }

          @Override
          public void hit(Hit hit, HitDetails details) {
            assertEquals("Site 1", hit.site());
            assertTrue(details.body().contains("river"), details.body());
            ids.add(hit.id());
          }
        });
    assertEquals(37, total);
    assertEquals(total, ids.size());
    assertEquals(List.of(total, 450L), List.of(started.get(0)[0], started.get(0)[1]));
  }

  @Test
  void csvExportHasEveryRowInOrderAfterItsStamp() throws IOException {
    Export export = new Export(searcher, JsonMapper.create(), Clock.fixed(NOW, ZoneOffset.UTC));
    SearchRequest.Builder request =
        SearchRequest.builder()
            .query("shelling")
            .sort(SortOrder.NEWEST)
            .from(LocalDate.of(2017, 1, 3));
    List<String> expected = paged(request);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.write(request.after(null).build(), ExportFormat.CSV, false, out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals('\uFEFF', text.charAt(0));
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setCommentMarker('#')
            .setHeader()
            .get()
            .parse(new StringReader(text.substring(1)))
            .getRecords();
    assertEquals(expected, rows.stream().map(r -> r.get("id")).toList());
    assertEquals(395, expected.size());
    String stamp = rows.get(0).getParser().getHeaderComment();
    assertEquals(
        """
        News archive export: every hit of this search, in its order.
        query: shelling
        from: 2017-01-03
        sort: newest
        exported: 2024-05-01T12:00:00Z
        articles in the archive: 450
        hits: 395""",
        stamp);
  }

  @Test
  void fileNameComesFromTheQuery() {
    assertEquals(
        "news-archive-raqqa-offensive-2024-05-01.csv",
        EXPORT.fileName(SearchRequest.of("  Raqqa, \"offensive\"!"), ExportFormat.CSV));
    assertEquals(
        "news-archive-all-articles-2024-05-01.jsonl",
        EXPORT.fileName(SearchRequest.of(""), ExportFormat.JSONL));
    assertEquals(
        "news-archive-قصف-حلب-2024-05-01.csv",
        EXPORT.fileName(SearchRequest.of("قصف حلب"), ExportFormat.CSV));
  }

  @Test
  void formulaLookingCellsAreNeutralised() {
    for (String cell : List.of("=1+1", "+33", "-2", "@SUM(A1)", "\tx", "\rx")) {
      assertEquals("'" + cell, Export.neutralised(cell));
    }
    assertEquals("Raqqa", Export.neutralised("Raqqa"));
    assertEquals("", Export.neutralised(""));
  }

  @Test
  void unknownFormatIsOneSentence() {
    InvalidQueryException e =
        assertThrows(InvalidQueryException.class, () -> ExportFormat.parse("xml"));
    assertEquals("Unknown format 'xml'; use csv or jsonl.", e.getMessage());
    assertTrue(ExportFormat.parse(" JSONL ") == ExportFormat.JSONL);
  }

  @Test
  void aBrowseExportsNoSnippetAndAQueryItsFirstPassage() throws IOException {
    Export export = new Export(searcher, JsonMapper.create(), Clock.fixed(NOW, ZoneOffset.UTC));
    ByteArrayOutputStream browse = new ByteArrayOutputStream();
    export.write(
        SearchRequest.builder().sites(List.of("Site 1")).build(),
        ExportFormat.JSONL,
        false,
        browse);
    ByteArrayOutputStream query = new ByteArrayOutputStream();
    export.write(
        SearchRequest.builder().query("river").sites(List.of("Site 1")).build(),
        ExportFormat.JSONL,
        false,
        query);
    List<String> browsed = browse.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
    List<String> found = query.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
    assertTrue(browsed.size() > found.size(), browsed.size() + " vs " + found.size());
    for (String row : browsed) {
      assertTrue(row.contains("\"snippet\":\"\""), row);
    }
    for (String row : found) {
      assertTrue(row.matches(".*\"snippet\":\"[^\"]*[Rr]iver.*"), row);
    }
  }
}
