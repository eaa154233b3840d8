package newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import newsarchive.Pipeline;
import newsarchive.index.Indexer;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import newsarchive.ingest.Article;
import newsarchive.ingest.ArticleId;
import newsarchive.ingest.entities.Mention;
import newsarchive.ingest.entities.PlaceTag;
import newsarchive.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article that names a place as an entity outranks one that has the word by chance. */
class EntityRankingTest {
  @TempDir Path dir;

  private static Article article(String name, String body, List<PlaceTag> places) {
    return new Article(
        name,
        "",
        LocalDate.of(2016, 1, 1),
        null,
        null,
        null,
        null,
        "en",
        body,
        List.of(),
        places,
        List.of());
  }

  @Test
  void taggedEntityRanksAboveAChanceMatch() throws IOException {
    // The chance match says the word twice, so on words alone it would win.
    Article chance =
        article(
            "fan.txt", "Jordan, a basketball coach, said Jordan would visit the camp.", List.of());
    Article tagged =
        article(
            "border.txt",
            "Officials said the border with Jordan stayed closed to refugees this week.",
            List.of(
                new PlaceTag(
                    "Jordan",
                    "JO",
                    null,
                    31.0,
                    36.0,
                    248816L,
                    List.of(new Mention(29, 35, "Jordan")))));
    try (Indexer indexer =
        new Indexer(dir, new Schema(), new StoredArticle(JsonMapper.create()), f -> Set.of())) {
      indexer.put(chance);
      indexer.put(tagged);
    }
    try (IndexView view = new IndexView(dir)) {
      Searcher searcher = Pipeline.searcher(view);
      SearchResult r = searcher.search(SearchRequest.of("Jordan"));
      assertEquals(
          List.of(ArticleId.of(tagged), ArticleId.of(chance)),
          r.hits().stream().map(Hit::id).toList());
      assertEquals("Jordan", r.widened().get(0).canonical());
    }
  }
}
