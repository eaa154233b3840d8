package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ArticleTasksTest {
  @Test
  void everySubmittedTaskHasRunWhenAwaitAllReturns() throws InterruptedException {
    AtomicInteger done = new AtomicInteger();
    try (ArticleTasks tasks = new ArticleTasks(2, 4)) {
      for (int i = 0; i < 1000; i++) {
        tasks.submit(done::incrementAndGet);
      }
      tasks.awaitAll();
    }
    assertEquals(1000, done.get());
  }

  @Test
  void tasksRunOnTheGivenNumberOfThreads() throws InterruptedException {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    AtomicInteger running = new AtomicInteger();
    try (ArticleTasks tasks = new ArticleTasks(2, 2)) {
      // Each of the first two tasks waits until both run at once, so two threads must exist.
      for (int i = 0; i < 2; i++) {
        tasks.submit(
            () -> {
              threads.add(Thread.currentThread().getName() + Thread.currentThread().threadId());
              running.incrementAndGet();
              while (running.get() < 2) {
                Thread.onSpinWait();
              }
            });
      }
      tasks.awaitAll();
    }
    assertEquals(2, threads.size());
  }

  @Test
  void anIndexFailureIsRethrownByAwaitAll() throws InterruptedException {
    IOException diskFull = new IOException("disk full");
    try (ArticleTasks tasks = new ArticleTasks(2, 4)) {
      tasks.submit(
          () -> {
            throw diskFull;
          });
      UncheckedIOException thrown = assertThrows(UncheckedIOException.class, tasks::awaitAll);
      assertSame(diskFull, thrown.getCause());
    }
  }

  @Test
  void capacityBelowTheThreadCountIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ArticleTasks(4, 2));
  }
}
