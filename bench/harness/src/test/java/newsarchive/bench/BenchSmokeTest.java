package newsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny run of the in-process benchmarks on 200 generated articles: every stage handles every
 * article. Runs only with the bench module's own build, never in {@code ./archive test}.
 */
class BenchSmokeTest {
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
  @TempDir Path work;

  @Test
  void everyStageHandlesEveryArticleOfASmallCorpus() throws IOException {
    Corpus corpus = Corpus.ensure(work, 200, 7, true, QUIET);
    long pages;
    try (var files = java.nio.file.Files.walk(corpus.html())) {
      pages = files.filter(JsoupCeiling::isPage).count();
    }
    assertEquals(200, pages);
    assertEquals(200, JsoupCeiling.run(corpus.html()).items());
    ArchiveIngest ours = new ArchiveIngest();
    assertEquals(200, ours.run(corpus.html(), work.resolve("i1")).items());
    assertEquals(200, ours.run(corpus.jsonl(), work.resolve("i2")).items());
    BareLuceneLoop.Result bare = new BareLuceneLoop().run(corpus.jsonl(), work.resolve("i3"));
    assertEquals(200, bare.throughput().items());
    assertTrue(bare.textBytes() > 200 * 500, "bodies of a few hundred words each");
    long kept =
        new SolrExport(newsarchive.gazetteer.Gazetteer.load())
            .export(work.resolve("i2"), work.resolve("docs.jsonl"));
    assertEquals(java.nio.file.Files.readAllLines(work.resolve("docs.jsonl")).size(), (int) kept);
    assertTrue(kept > 150 && kept <= 200, "republished copies join their story: " + kept);
  }

  @Test
  void queryMixAsksBothServersTheSameSearch() {
    assertEquals(
        "/api/search?q=convoy&faction=Islamic%20State&location=Raqqa"
            + "&facets=faction,location,country,site,year",
        QueryMix.archivePaths().get(5));
    assertEquals(
        "/solr/archive/select?q=convoy&sort=score%20desc%2Cid%20asc"
            + "&fq=%7B%21tag%3Dfaction%7Dfaction%3A%28%22Islamic%20State%22%29"
            + "&fq=%7B%21tag%3Dlocation%7Dlocation%3A%28%22Raqqa%22%29",
        QueryMix.solrPaths("archive").get(5));
    assertEquals(
        "/api/search?q=&page=200&facets=faction,location,country,site,year",
        QueryMix.archivePaths().get(9));
  }

  @Test
  void wrkSummaryLineIsRead() throws IOException {
    WrkLoad.Result r =
        WrkLoad.parse("Running 15s test\nBENCH_RESULT 3000 15000000 4100 52000 0 1 0 2 0\n");
    assertEquals(new WrkLoad.Result(3000, 15_000_000, 4100, 52_000, 3), r);
    assertEquals(200.0, r.perSecond(), 1e-9);
  }
}
