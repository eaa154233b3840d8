package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import newsarchive.Pipeline;
import newsarchive.search.IndexView;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.Searcher;
import newsarchive.tools.generate.ArticleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups taken while an ingest writes the index, restored and checked. */
class IndexBackupTest {
  @TempDir Path dir;

  private Path pages(String name, long seed, int n) throws IOException {
    Path folder = dir.resolve(name);
    ArticleGenerator.withBundledNames(seed).write(n, folder, ArticleGenerator.Format.HTML, d -> {});
    return folder;
  }

  private static List<String> ids(Path index) throws IOException {
    try (IndexView view = new IndexView(index)) {
      Searcher searcher = Pipeline.searcher(view);
      List<String> ids = new ArrayList<>();
      for (int page = 1; ; page++) {
        SearchResult r =
            searcher.search(SearchRequest.builder().query("").size(100).page(page).build());
        r.hits().forEach(h -> ids.add(h.id()));
        if (r.hits().size() < 100) {
          return ids;
        }
      }
    }
  }

  @Test
  void backupsTakenDuringAnIngestRestoreCleanWithEveryArticleCommittedBefore() throws Exception {
    Path index = dir.resolve("index");
    Pipeline.ingest(index, List.of(pages("first", 1, 40)));
    List<String> before = ids(index);
    assertTrue(before.size() > 30, before.size() + " articles");
    Path second = pages("second", 2, 300);

    List<Path> backups = new ArrayList<>();
    try (Indexer writer = Pipeline.ARCHIVE.indexer(index, 10)) {
      // The ingest holds the write lock and commits every 10 ms while the backups run.
      CompletableFuture<IngestSummary> ingest =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return Pipeline.job(writer).run(List.of(second));
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
      for (int i = 0; i < 4 && (!ingest.isDone() || i == 0); i++) {
        Path backup = dir.resolve("backup-" + i);
        IndexBackup.backup(index, backup);
        backups.add(backup);
        Thread.sleep(150);
      }
      assertTrue(ingest.get().added() > 0);
    }
    for (Path backup : backups) {
      Path restored = dir.resolve("restored");
      IndexBackup.restore(backup, restored);
      assertTrue(IndexBackup.check(restored).clean(), backup.toString());
      List<String> ids = ids(restored);
      assertTrue(ids.containsAll(before), backup + ": " + ids.size() + " articles");
      assertFalse(Files.exists(dir.resolve("restored.restoring")));
    }
  }

  @Test
  void aDamagedBackupReplacesNothing() throws IOException {
    Path index = dir.resolve("index");
    Pipeline.ingest(index, List.of(pages("first", 1, 10)));
    Path backup = dir.resolve("backup");
    IndexBackup.backup(index, backup);
    Path target = dir.resolve("live");
    IndexBackup.restore(backup, target);
    List<String> live = ids(target);
    try (Stream<Path> files = Files.list(backup)) {
      Path segment = files.filter(f -> f.toString().endsWith(".cfs")).findFirst().orElseThrow();
      try (RandomAccessFile f = new RandomAccessFile(segment.toFile(), "rw")) {
        f.seek(f.length() / 2);
        f.write(new byte[64]);
      }
    }
    IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> IndexBackup.restore(backup, target));
    assertTrue(e.getMessage().contains("is damaged, nothing was replaced"), e.getMessage());
    assertEquals(live, ids(target));
    assertTrue(IndexBackup.check(target).clean());
  }

  @Test
  void aBackupIntoAnExistingFolderIsRefused() throws IOException {
    Path index = dir.resolve("index");
    Pipeline.ingest(index, List.of(pages("first", 1, 3)));
    Path taken = Files.createDirectories(dir.resolve("taken"));
    org.junit.jupiter.api.Assertions.assertThrows(
        java.nio.file.FileAlreadyExistsException.class, () -> IndexBackup.backup(index, taken));
  }

  @Test
  void checkingAFolderThatIsNotThereMakesNoFolder() {
    Path missing = dir.resolve("missing");
    IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> IndexBackup.check(missing));
    assertEquals("no index in " + missing, e.getMessage());
    assertFalse(Files.exists(missing));
  }
}
