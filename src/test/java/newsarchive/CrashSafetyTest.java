package newsarchive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import newsarchive.index.Schema;
import newsarchive.tools.generate.ArticleGenerator;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills real ingest processes hard (SIGKILL, as {@code kill -9}) at random moments over a generated
 * corpus, at least twenty times, and checks after each kill that the index opens, that Lucene's
 * CheckIndex finds it clean, that every article committed before the kill is still there, and that
 * no article is in it twice; then that a re-run completes with every article exactly once.
 */
class CrashSafetyTest {
  private static final int PAGES = 150;
  private static final int KILLS = 20;

  /**
   * Kills land from 0.3 seconds into a run to nine tenths of a whole run's time, measured first on
   * this machine: through start-up, reading, the first writes and the commits. A fixed window
   * missed the commits on a loaded machine, where a run takes twice as long.
   */
  private static final long FIRST_KILL_MS = 300;

  @TempDir Path dir;

  /** A child JVM running {@code archive ingest} with this test's own classpath. */
  private static Process ingest(Path index, Path corpus) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return new ProcessBuilder(
            java,
            "--enable-native-access=ALL-UNNAMED",
            "-Dfile.encoding=UTF-8",
            "-cp",
            classpath,
            "newsarchive.Main",
            "ingest",
            // Commits often, so that kills land between commits in a run this short.
            "--commit-ms",
            "250",
            "--index",
            index.toString(),
            corpus.toString())
        .redirectErrorStream(true)
        .redirectOutput(Files.createTempFile(index.getParent(), "ingest", ".log").toFile())
        .start();
  }

  private static void runToEnd(Path index, Path corpus) throws Exception {
    Process p = ingest(index, corpus);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "ingest did not finish");
    assertEquals(0, p.exitValue());
  }

  /** The ids of the committed articles; throws if any id is there twice. */
  private static Set<String> committedIds(Path index) throws IOException {
    Set<String> ids = new HashSet<>();
    if (!Files.isDirectory(index)) {
      return ids;
    }
    try (Directory d = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(d)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        SortedDocValues values = leaf.reader().getSortedDocValues(Schema.ID);
        Bits live = leaf.reader().getLiveDocs();
        if (values == null) {
          continue;
        }
        for (int doc = values.nextDoc();
            doc != SortedDocValues.NO_MORE_DOCS;
            doc = values.nextDoc()) {
          if (live == null || live.get(doc)) {
            String id = values.lookupOrd(values.ordValue()).utf8ToString();
            assertTrue(ids.add(id), "article " + id + " is in the index twice");
          }
        }
      }
      assertEquals(reader.numDocs(), ids.size());
    } catch (IndexNotFoundException e) {
      return ids; // nothing committed yet
    }
    return ids;
  }

  private static void assertClean(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return;
    }
    try (Directory d = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(d)) {
        return;
      }
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      try (CheckIndex check = new CheckIndex(d)) {
        check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
        CheckIndex.Status status = check.checkIndex();
        assertTrue(status.clean, log.toString(StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void killedIngestsNeverLoseOrDuplicateACommittedArticle() throws Exception {
    Path corpus = dir.resolve("corpus");
    ArticleGenerator.GenerationSummary generated =
        ArticleGenerator.withBundledNames(8)
            .write(PAGES, corpus, ArticleGenerator.Format.HTML, done -> {});
    // A republished wire copy is the same article as the wire's own.
    int articles = generated.articles() - generated.republishedWireCopies();

    long seed = System.nanoTime();
    Random random = new Random(seed);
    Path index = dir.resolve("index");
    int kills = 0;
    int killsAfterACommit = 0;
    long timed = System.nanoTime();
    runToEnd(index, corpus);
    long runMs = (System.nanoTime() - timed) / 1_000_000;
    deleteTree(index);
    long lastKillMs = Math.max(FIRST_KILL_MS + 200, runMs * 9 / 10);
    List<String> log = new ArrayList<>();
    for (int attempt = 0; kills < KILLS; attempt++) {
      assertTrue(attempt < 4 * KILLS, "too few kills landed: " + log);
      Process child = ingest(index, corpus);
      long delay = FIRST_KILL_MS + (long) (random.nextDouble() * (lastKillMs - FIRST_KILL_MS));
      long started = System.nanoTime();
      boolean finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
      if (finished) {
        // A faster machine (or ingest) finishes before the kill: narrow the window to the run.
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        lastKillMs = Math.max(FIRST_KILL_MS + 200, tookMs * 9 / 10);
      }
      Set<String> before = committedIds(index);
      if (!finished) {
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "killed child did not die");
        kills++;
        killsAfterACommit += before.isEmpty() ? 0 : 1;
        if (before.isEmpty()) {
          // On a slow machine the first commit comes later: widen the window until kills reach it.
          lastKillMs = Math.min(lastKillMs + 500, 20_000);
        }
      }
      assertClean(index);
      Set<String> after = committedIds(index);
      assertTrue(
          after.containsAll(before),
          "seed " + seed + ": lost " + (before.size() - after.size()) + " committed articles");
      log.add(delay + "ms:" + before.size() + "->" + after.size() + (finished ? " done" : ""));
      if (finished || after.size() == articles) {
        // A run that completed, or had committed everything when the kill came, leaves nothing to
        // crash into; start the next on an empty index.
        if (finished) {
          assertEquals(0, child.exitValue());
        }
        assertEquals(articles, after.size());
        deleteTree(index);
      }
    }
    runToEnd(index, corpus);
    assertClean(index);
    assertEquals(articles, committedIds(index).size());
    System.out.println(
        "crash safety: seed "
            + seed
            + ", "
            + kills
            + " kills, "
            + killsAfterACommit
            + " after a commit; "
            + log);
    assertTrue(killsAfterACommit >= KILLS / 4, "too few kills landed mid-write: " + log);
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
