package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsarchive.Pipeline;
import newsarchive.search.IndexView;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.Searcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From a folder of fixture files to an index, end to end, as `./archive ingest` runs it. */
class IngestJobTest {
  @TempDir Path index;

  private static Path fixtures() {
    try {
      return Path.of(IngestJobTest.class.getResource("/ingest").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private IngestSummary ingest() throws IOException {
    return Pipeline.ingest(index, List.of(fixtures()));
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
    IngestSummary summary = Pipeline.ingest(index, List.of(dump));
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
    try (IndexView view = new IndexView(index)) {
      Searcher searcher = Pipeline.searcher(view);
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

  @Test
  void articlesKeepTheirPathInsideTheIngestedFolderNotTheMachines() throws IOException {
    ingest();
    try (IndexView view = new IndexView(index)) {
      Searcher searcher = Pipeline.searcher(view);
      SearchRequest all = SearchRequest.builder().size(100).build();
      java.util.Set<String> sources = new java.util.TreeSet<>();
      for (var hit : searcher.search(all).hits()) {
        sources.add(searcher.article(hit.id()).orElseThrow().source());
      }
      // The page and its gzipped copy are one article, kept under whichever was met first.
      assertTrue(
          sources.remove("raqqa-assault.html") || sources.remove("raqqa-assault-copy.html.gz"),
          sources.toString());
      assertEquals(
          java.util.Set.of(
              "aleppo-return-1256.html",
              "dump.csv:row 2",
              "dump.csv:row 4",
              "feed.jsonl:line 1",
              "feed.jsonl:line 3",
              "irbid-refugees-latin1.html",
              "peshmerga.txt"),
          sources);
    }
  }
}
