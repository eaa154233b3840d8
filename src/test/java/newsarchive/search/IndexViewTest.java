package newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import newsarchive.Pipeline;
import newsarchive.index.Indexer;
import newsarchive.ingest.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live view of the index keeps following commits, whatever one refresh met. */
class IndexViewTest {
  @TempDir Path dir;

  @Test
  void aRefreshThatFailsUncheckedDoesNotStopTheOnesAfterIt() throws Exception {
    put("first.txt", "First", "The first article.");
    AtomicInteger failures = new AtomicInteger();
    Runnable failTwice =
        () -> {
          if (failures.getAndIncrement() < 2) {
            throw new IllegalStateException("planted failure");
          }
        };
    try (IndexView view = new IndexView(dir, failTwice)) {
      Searcher searcher = Pipeline.searcher(view);
      assertEquals(1, searcher.search(SearchRequest.of("")).total());
      put("second.txt", "Second", "The second article.");
      // Refreshes run every 200 ms; the first two fail. Wait for the commit to show, or give up.
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (searcher.search(SearchRequest.of("")).total() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertTrue(failures.get() > 2, "refreshes after the failures ran: " + failures.get());
      assertTrue(view.refreshing());
      assertEquals(2, searcher.search(SearchRequest.of("")).total());
    }
  }

  private void put(String source, String title, String body) throws IOException {
    try (Indexer indexer = Pipeline.indexer(dir)) {
      indexer.put(Articles.tagged(source, title, body, List.of()));
    }
  }
}
