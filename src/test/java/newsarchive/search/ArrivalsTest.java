package newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import newsarchive.index.Indexer;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import newsarchive.ingest.Article;
import newsarchive.ingest.ArticleId;
import newsarchive.ingest.Articles;
import newsarchive.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New articles by their indexed time: the commit's mark, the count of a search's hits since a mark,
 * and which hits came between two marks, in the order they came; an update or an unchanged
 * re-ingest is not new.
 */
class ArrivalsTest {
  @TempDir Path dir;

  private Indexer writer(Path index) throws IOException {
    return new Indexer(index, new Schema(), new StoredArticle(JsonMapper.create()), f -> Set.of());
  }

  private static List<String> ids(List<Arrival> arrivals) {
    return arrivals.stream().map(Arrival::id).toList();
  }

  /** An article with a URL, so that another text under it is an update of the same article. */
  private static Article report(String body) {
    return new Article(
        "new/dam.html",
        "Dam repaired",
        null,
        null,
        null,
        null,
        "https://news.example/dam",
        "en",
        body,
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void articlesIndexedAfterAMarkAreNewOnceAndInTheOrderTheyCame() throws IOException {
    FixtureArchive fixture = new FixtureArchive(dir.resolve("index")).index();
    try (Indexer indexer = writer(fixture.dir)) {
      indexer.put(report("The Tabqa dam was repaired."));
    }
    try (IndexView view = new IndexView(fixture.dir)) {
      Searcher searcher = fixture.searcher(view);
      Arrivals arrivals = new Arrivals(view, searcher, new StoredArticle(JsonMapper.create()));
      long first = arrivals.mark();
      assertTrue(first > 0, "the commit has a mark");
      SearchRequest everything = SearchRequest.of("");
      SearchRequest raqqa = SearchRequest.of("raqqa");
      assertEquals(searcher.count(), arrivals.countSince(everything, 0));
      assertEquals(0, arrivals.countSince(everything, first));

      Article siege = Articles.plain("new/siege.txt", "Siege of Raqqa tightens", "Raqqa again.");
      Article aleppo = Articles.plain("new/aleppo.txt", "Aleppo market reopens", "Aleppo.");
      Article later = Articles.plain("new/later.txt", "Raqqa residents return", "Raqqa.");
      Article corrected = report("The Tabqa dam was repaired; this report was corrected.");
      try (Indexer indexer = writer(fixture.dir)) {
        indexer.put(siege);
        indexer.put(aleppo);
        indexer.put(fixture.articles.get("raqqa")); // unchanged
        indexer.put(corrected); // updated: it keeps the time it first came
        indexer.put(later);
      }
      view.refresh();
      long second = arrivals.mark();
      assertTrue(second > first, first + " then " + second);
      assertEquals(3, arrivals.countSince(everything, first));
      assertEquals(2, arrivals.countSince(raqqa, first));
      assertEquals(
          List.of(ArticleId.of(siege), ArticleId.of(later)),
          ids(arrivals.between(raqqa, first, second, 10)));
      assertEquals(
          List.of(ArticleId.of(siege), ArticleId.of(aleppo)),
          ids(arrivals.between(everything, first, second, 2)));
      List<Arrival> all = arrivals.between(everything, first, second, 10);
      assertEquals("Siege of Raqqa tightens", all.get(0).title());
      assertTrue(all.get(0).indexed() < all.get(1).indexed());
      assertTrue(all.get(1).indexed() < all.get(2).indexed());
      assertEquals(
          List.of(ArticleId.of(aleppo), ArticleId.of(later)),
          ids(arrivals.between(everything, all.get(1).indexed(), second, 10)));
      assertEquals(List.of(), arrivals.between(everything, second, second, 10));
      assertEquals(
          1,
          searcher.search(SearchRequest.of("corrected")).total(),
          "the update was written, only not as new");

      // A writer with nothing new commits no new mark; a later one stamps above the last.
      try (Indexer indexer = writer(fixture.dir)) {
        indexer.put(siege);
      }
      view.refresh();
      assertEquals(second, arrivals.mark());
      Article last = Articles.plain("new/last.txt", "Raqqa dam repaired", "Raqqa dam.");
      try (Indexer indexer = writer(fixture.dir)) {
        indexer.put(last);
      }
      view.refresh();
      assertEquals(
          List.of(ArticleId.of(last)), ids(arrivals.between(raqqa, second, arrivals.mark(), 10)));
    }
  }
}
