package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import newsarchive.ingest.Articles;
import newsarchive.json.JsonMapper;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serve ingests the corpus first only when the index holds no article. */
class IndexFolderTest {
  @TempDir Path dir;

  @Test
  void noFolderAnEmptyFolderAndAnEmptyCommitHoldNoArticles() throws IOException {
    assertFalse(IndexFolder.hasArticles(dir.resolve("missing")));
    assertFalse(IndexFolder.hasArticles(Files.createDirectories(dir.resolve("empty"))));
    Path committed = dir.resolve("committed");
    new Indexer(committed, new Schema(), new StoredArticle(JsonMapper.create()), f -> Set.of())
        .close();
    assertFalse(IndexFolder.hasArticles(committed));
  }

  @Test
  void anIndexWithAnArticleHasArticlesUntilItIsDeleted() throws IOException {
    Path index = dir.resolve("index");
    try (Indexer indexer =
        new Indexer(index, new Schema(), new StoredArticle(JsonMapper.create()), f -> Set.of())) {
      indexer.put(Articles.plain("a.txt", "Title", "Rebels near Raqqa."));
    }
    assertTrue(IndexFolder.hasArticles(index));
    try (var d = FSDirectory.open(index);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.deleteAll();
      w.commit();
    }
    assertFalse(IndexFolder.hasArticles(index));
  }
}
