package newsarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the per-article work of an ingest (tagging and indexing) on a fixed set of threads, with at
 * most a given number of articles waiting, so readers block rather than queue a whole dump. The
 * first failure stops further work and is rethrown by {@link #submit} or {@link #awaitAll}.
 * Thread-safe: every reader thread may submit.
 */
final class ArticleTasks implements AutoCloseable {
  /** One article's work; an IOException means the index itself failed. */
  interface Task {
    void run() throws IOException;
  }

  private final ExecutorService workers;
  private final Semaphore slots;
  private final int capacity;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  ArticleTasks(int threads, int capacity) {
    if (threads < 1 || capacity < threads) {
      throw new IllegalArgumentException("threads " + threads + ", capacity " + capacity);
    }
    this.workers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "ingest-article");
              t.setDaemon(true);
              return t;
            });
    this.slots = new Semaphore(capacity);
    this.capacity = capacity;
  }

  /** Queues {@code task}, waiting while {@code capacity} tasks are already waiting or running. */
  void submit(Task task) {
    rethrowFailure();
    slots.acquireUninterruptibly();
    workers.execute(
        () -> {
          try {
            if (failure.get() == null) {
              task.run();
            }
          } catch (IOException e) {
            failure.compareAndSet(null, new UncheckedIOException(e));
          } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
          } finally {
            slots.release();
          }
        });
  }

  /** Waits until every submitted task has finished; rethrows the first failure. */
  void awaitAll() throws InterruptedException {
    slots.acquire(capacity);
    slots.release(capacity);
    rethrowFailure();
  }

  private void rethrowFailure() {
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
