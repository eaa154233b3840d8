package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsarchive.ingest.ArticleBuilder;
import newsarchive.ingest.ArticleReaders;
import newsarchive.ingest.DateExtractor;
import newsarchive.ingest.EntityTagger;
import newsarchive.ingest.FactionAncestry;
import newsarchive.ingest.Gazetteer;
import newsarchive.ingest.HtmlCleaner;
import newsarchive.ingest.JsonMapper;
import newsarchive.ingest.PublicationDateFinder;
import newsarchive.ingest.TextDecoder;
import newsarchive.search.IndexView;
import newsarchive.search.QueryBuilder;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.Searcher;
import newsarchive.search.Snippets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From a folder of fixture files to an index, end to end, as `./archive ingest` runs it. */
class IngestJobTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  @TempDir Path index;

  private static Path fixtures() {
    try {
      return Path.of(IngestJobTest.class.getResource("/ingest").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private IngestSummary ingest() throws IOException {
    var json = JsonMapper.create();
    try (Indexer indexer =
        new Indexer(index, new Schema(), new StoredArticle(json), new FactionAncestry(GAZETTEER))) {
      ArticleReaders readers =
          new ArticleReaders(
              new TextDecoder(), new HtmlCleaner(), new PublicationDateFinder(), json);
      ArticleBuilder builder = new ArticleBuilder(new EntityTagger(GAZETTEER), new DateExtractor());
      return new IngestJob(readers, builder, indexer, null).run(List.of(fixtures()));
    }
  }

  @Test
  void folderIngestsGoodFilesAndRejectsBadOnesWithReasons() throws IOException {
    IngestSummary first = ingest();
    assertEquals(8, first.added());
    assertEquals(0, first.updated());
    assertEquals(1, first.duplicates()); // the gzipped copy of a page
    Map<String, String> rejected = new LinkedHashMap<>();
    first
        .rejected()
        .forEach(
            r ->
                rejected.put(
                    Path.of(r.source().replaceAll(":.*", "")).getFileName()
                        + r.source().replaceAll("^[^:]*", ""),
                    r.reason()));
    assertEquals(
        Map.of(
            "dump.csv:row 3", "the row has no article text",
            "empty.html", "the file is empty",
            "photo.html", "not a text file (binary content)",
            "truncated.html.gz", "broken or truncated gzip data"),
        Map.copyOf(withoutJsonDetail(rejected)));
  }

  private static Map<String, String> withoutJsonDetail(Map<String, String> rejected) {
    Map<String, String> m = new LinkedHashMap<>(rejected);
    String bad = m.remove("feed.jsonl:line 2");
    assertTrue(bad != null && bad.startsWith("not valid JSON"), String.valueOf(bad));
    return m;
  }

  @Test
  void everyRowOfOneBigDumpIsIndexed(@TempDir Path dumps) throws IOException {
    // One file, many articles: the rows are tagged and indexed by several threads at once.
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      rows.append(
          String.format(
              java.util.Locale.ROOT,
              "{\"title\": \"Report %d\", \"url\": \"https://example.org/r/%d\","
                  + " \"published\": \"2016-03-01\", \"content\": \"Shelling hit Raqqa, report %d"
                  + " says.\"}%n",
              i,
              i,
              i));
    }
    Path dump = dumps.resolve("dump.jsonl");
    java.nio.file.Files.writeString(dump, rows, java.nio.charset.StandardCharsets.UTF_8);
    var json = JsonMapper.create();
    IngestSummary summary;
    try (Indexer indexer =
        new Indexer(index, new Schema(), new StoredArticle(json), new FactionAncestry(GAZETTEER))) {
      ArticleReaders readers =
          new ArticleReaders(
              new TextDecoder(), new HtmlCleaner(), new PublicationDateFinder(), json);
      ArticleBuilder builder = new ArticleBuilder(new EntityTagger(GAZETTEER), new DateExtractor());
      summary = new IngestJob(readers, builder, indexer, null).run(List.of(dump));
    }
    assertEquals(300, summary.added());
    assertEquals(List.of(), summary.rejected());
  }

  @Test
  void secondRunOfTheSameInputChangesNothing() throws IOException {
    ingest();
    IngestSummary second = ingest();
    assertEquals(0, second.added());
    assertEquals(0, second.updated());
    assertEquals(8, second.unchanged());
  }

  @Test
  void indexHoldsTheArticlesWithTheirFacetValues() throws IOException {
    ingest();
    try (IndexView view = new IndexView(index, new Schema())) {
      Searcher searcher =
          new Searcher(
              view,
              new Schema(),
              new QueryBuilder(Analyzers.text(), GAZETTEER),
              new Snippets(),
              new StoredArticle(JsonMapper.create()),
              GAZETTEER);
      SearchResult all = searcher.search(SearchRequest.of(""));
      assertEquals(8, all.total());
      Map<String, Integer> factions = new LinkedHashMap<>();
      all.facets().get("faction").forEach(v -> factions.put(v.value(), v.count()));
      assertEquals(5, factions.get("Islamic State"), factions.toString());
      // the YPG counts under the SDF it belongs to
      assertEquals(2, factions.get("Syrian Democratic Forces"), factions.toString());
      assertEquals(2, factions.get("People's Protection Units"), factions.toString());
      Map<String, Integer> years = new LinkedHashMap<>();
      all.facets().get("year").forEach(v -> years.put(v.value(), v.count()));
      assertEquals(Map.of("2015", 2, "2016", 3, "2017", 1), years); // the text file has no date
      Map<String, Integer> sites = new LinkedHashMap<>();
      all.facets().get("site").forEach(v -> sites.put(v.value(), v.count()));
      assertEquals(5, sites.get("Orontes Courier"));
      SearchResult raqqa = searcher.search(SearchRequest.of("Raqqah"));
      assertEquals(1, raqqa.total());
    }
  }
}
