package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsarchive.Pipeline;
import newsarchive.ingest.Article;
import newsarchive.ingest.ArticleBuilder;
import newsarchive.ingest.Articles;
import newsarchive.ingest.dates.DateMention;
import newsarchive.ingest.entities.FactionTag;
import newsarchive.ingest.entities.Mention;
import newsarchive.ingest.read.ArticleReaders;
import newsarchive.ingest.read.Extraction;
import newsarchive.ingest.read.InputFiles;
import newsarchive.json.JsonMapper;
import org.junit.jupiter.api.Test;

/** The compact stored form gives back exactly the article that went in. */
class StoredArticleTest {
  private static final ObjectMapper JSON = JsonMapper.create();
  private final StoredArticle stored = new StoredArticle(JSON);

  @Test
  void everyCorpusArticleComesBackEqualWithoutItsMentionTextsStored() throws IOException {
    ArticleReaders readers = Pipeline.readers();
    ArticleBuilder builder = Pipeline.builder();
    List<Article> articles = new ArrayList<>();
    for (Path file : InputFiles.expand(List.of(Path.of("corpus")), (p, why) -> {})) {
      readers.read(
          file,
          x -> {
            if (x instanceof Extraction.Found f) {
              articles.add(builder.build(f.article()));
            }
          });
    }
    assertTrue(articles.size() > 100, "the corpus reads");
    int mentions = 0;
    for (Article a : articles) {
      StoredArticle.Stored s = stored.store(a);
      assertEquals(a, stored.read(s.meta(), a.source(), a.body()), a.source());
      assertFalse(s.meta().contains(a.body()), "the body is stored once");
      for (FactionTag f : a.factions()) {
        for (Mention m : f.mentions()) {
          mentions++;
          assertFalse(s.meta().contains("\"text\":\"" + m.text() + "\""), m.text());
        }
      }
    }
    assertTrue(mentions > 100, "the corpus names factions");
  }

  @Test
  void aTextThatIsNotTheBodyAtItsOffsetsIsKept() {
    Article odd =
        new Article(
            "a.txt",
            "Title",
            LocalDate.of(2017, 5, 29),
            null,
            null,
            null,
            null,
            "en",
            "Rebels near Raqqa on Monday.",
            List.of(
                new FactionTag("Free Syrian Army", "armed group", null, List.of(m(0, 6, "FSA")))),
            List.of(),
            List.of(new DateMention("2017-05-29", "day", "29 May", 21, 27)));
    StoredArticle.Stored s = stored.store(odd);
    assertEquals(odd, stored.read(s.meta(), "a.txt", odd.body()));
  }

  @Test
  void metadataStoredTheOldWayWithSourceAndTextsReadsBackWhole() throws IOException {
    Article a =
        Articles.tagged(
            "old/a.html",
            "T",
            "Rebels near Raqqa.",
            List.of(
                new FactionTag(
                    "Free Syrian Army", "armed group", null, List.of(m(0, 6, "Rebels")))));
    // The old form: the extraction JSON itself, with an empty body.
    var old = JSON.<com.fasterxml.jackson.databind.node.ObjectNode>valueToTree(a).put("body", "");
    assertEquals(a, stored.read(JSON.writeValueAsString(old), null, a.body()));
  }

  @Test
  void theSourcePathIsNotPartOfTheHashButTheTextIs() {
    Article a = Articles.plain("a.html", "T", "Rebels near Raqqa.");
    assertEquals(
        stored.store(a).contentHash(),
        stored.store(Articles.plain("b.html", "T", a.body())).contentHash());
    assertNotEquals(
        stored.store(a).contentHash(),
        stored.store(Articles.plain("a.html", "T", "Rebels near Tabqa.")).contentHash());
  }

  private static Mention m(int start, int end, String text) {
    return new Mention(start, end, text);
  }
}
