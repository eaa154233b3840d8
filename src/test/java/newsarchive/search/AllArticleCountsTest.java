package newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import newsarchive.index.Indexer;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import newsarchive.ingest.Articles;
import newsarchive.ingest.entities.FactionTag;
import newsarchive.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Browsing everything shares one count of every article per reader: it must follow each commit, and
 * agree with counting the same articles found by a query.
 */
class AllArticleCountsTest {
  @TempDir Path dir;

  @Test
  void countsOfEveryArticleFollowANewCommitAndStayApartFromAQuerysCounts() throws IOException {
    FixtureArchive archive = new FixtureArchive(dir).index();
    try (IndexView view = new IndexView(dir)) {
      Searcher searcher = archive.searcher(view);
      int before = count(searcher.search(SearchRequest.of("")), Schema.FACTION, "Islamic State");
      try (Indexer indexer =
          new Indexer(dir, new Schema(), new StoredArticle(JsonMapper.create()), f -> Set.of())) {
        indexer.put(
            Articles.tagged(
                "new.txt",
                "Islamic State attack",
                "Islamic State fighters attacked a checkpoint.",
                List.of(new FactionTag("Islamic State", "armed group", null, List.of()))));
      }
      view.refresh();
      SearchResult all = searcher.search(SearchRequest.of(""));
      assertEquals(before + 1, count(all, Schema.FACTION, "Islamic State"));
      // A query that finds only some articles counts its own hits.
      SearchResult some = searcher.search(SearchRequest.of("checkpoint"));
      assertEquals(1, some.total());
      assertEquals(1, count(some, Schema.FACTION, "Islamic State"));
    }
  }

  private static int count(SearchResult r, String dim, String value) {
    return r.facets().get(dim).stream()
        .filter(v -> v.value().equals(value))
        .mapToInt(FacetValue::count)
        .sum();
  }
}
