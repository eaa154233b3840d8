package newsarchive.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import newsarchive.index.Schema;
import newsarchive.search.memory.DateOrder;
import newsarchive.search.memory.FacetTable;
import newsarchive.search.memory.IdOrder;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live view of the index on disk: a {@link SearcherManager} refreshed five times a second, so
 * articles another process commits become searchable within a second; the facet table of each
 * reader it opens ({@link FacetTable}), the ids that break ties ({@link IdOrder}) and the articles
 * in date order ({@link DateOrder}), each read into memory once for each segment. Thread-safe.
 */
public final class IndexView implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(IndexView.class);
  private static final long REFRESH_MS = 200;
  private static final long BY_VALUE_AFTER_MS = 2000;
  private final Directory directory;
  private final SearcherManager manager;
  private final ScheduledExecutorService refresher;
  private final ScheduledFuture<?> refreshing;
  private final Runnable beforeEachRefresh;
  private volatile ReaderFacets facets = new ReaderFacets(null, null);
  private final IdOrder ids = new IdOrder();
  private final DateOrder dates = new DateOrder(ids);

  /** A reader and its facet table, swapped as one so that no search pairs a table with another. */
  private record ReaderFacets(IndexReader reader, FacetTable table) {}

  /**
   * An acquired searcher, its facet table and the id order that breaks ties; close it to release
   * the searcher.
   */
  public final class Snapshot implements AutoCloseable {
    final IndexSearcher searcher;
    final FacetTable facets;
    final IdOrder ids;
    final DateOrder dates;

    private Snapshot(IndexSearcher searcher, FacetTable facets) {
      this.searcher = searcher;
      this.facets = facets;
      this.ids = IndexView.this.ids;
      this.dates = IndexView.this.dates;
    }

    @Override
    public void close() throws IOException {
      manager.release(searcher);
    }
  }

  /** Opens the committed index in {@code indexDir}, which must exist. */
  public IndexView(Path indexDir) throws IOException {
    this(indexDir, () -> {});
  }

  /**
   * As above, running {@code beforeEachRefresh} before each scheduled refresh: tests make it fail
   * to check that one failed refresh does not stop the ones after it.
   */
  IndexView(Path indexDir, Runnable beforeEachRefresh) throws IOException {
    this.beforeEachRefresh = beforeEachRefresh;
    this.directory = FSDirectory.open(indexDir);
    this.manager = new SearcherManager(directory, null);
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "index-refresh");
              t.setDaemon(true);
              return t;
            });
    this.refreshing =
        refresher.scheduleWithFixedDelay(
            this::refreshOnSchedule, REFRESH_MS, REFRESH_MS, TimeUnit.MILLISECONDS);
  }

  /**
   * One scheduled refresh. A periodic task that throws is never run again, so an unchecked
   * exception here would silently stop the server from ever seeing new articles: it is logged and
   * the next refresh tries again.
   */
  private void refreshOnSchedule() {
    try {
      beforeEachRefresh.run();
      refresh();
    } catch (RuntimeException e) {
      LOG.warn("index refresh failed; trying again: {}", e.toString());
    }
  }

  /** Whether the scheduled refreshes still run (they stop only when the view is closed). */
  boolean refreshing() {
    return !refreshing.isDone();
  }

  /**
   * Reads the facet values and ids of the index as it stands now, rather than in the first search.
   */
  public void warm() throws IOException {
    try (Snapshot s = acquire()) {
      ids.keepOnly(s.searcher.getIndexReader());
      ids.readAll(s.searcher.getIndexReader());
      // A search can count without the lists by value, and sort by date without the date orders,
      // only more slowly, so they are made a moment later: the first searches after a start need
      // both cores more.
      IndexReader reader = s.searcher.getIndexReader();
      FacetTable table = s.facets;
      Runnable prepare =
          () -> {
            try {
              table.prepareByValue();
              prepareDates(reader);
            } catch (RuntimeException e) {
              // Searches still count and sort without these, only more slowly.
              LOG.warn("preparing facet lists and date orders failed: {}", e.toString());
            }
          };
      try {
        // The task reports its own failure above, so its future is not needed.
        var unused = refresher.schedule(prepare, BY_VALUE_AFTER_MS, TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        // closing: no search will count any more
      }
    }
  }

  private void prepareDates(IndexReader reader) {
    // The reader may be closed by now if a later one replaced it; its successor's turn will come.
    if (reader.tryIncRef()) {
      try {
        dates.prepare(reader);
      } catch (RuntimeException e) {
        LOG.warn("sorting the index by date failed: {}", e.toString());
      } finally {
        try {
          reader.decRef();
        } catch (IOException e) {
          LOG.warn("releasing a reader: {}", e.toString());
        }
      }
    }
  }

  /**
   * Picks up what was committed since the last refresh, and reads the new segments' facet values
   * and ids here rather than in the next search; the scheduler calls it too. When a refresh is
   * already running, waits for it: the caller sees at least every commit made before the call.
   */
  public void refresh() {
    try {
      IndexReader before = current();
      manager.maybeRefreshBlocking();
      if (current() != before) {
        warm();
      }
    } catch (IOException e) {
      LOG.warn("index refresh failed: {}", e.toString());
    }
  }

  /**
   * The version of the index as searches see it now: Lucene's version of the open reader, which
   * changes with every commit the view picks up and stays the same while nothing is committed.
   */
  public long version() throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return ((DirectoryReader) searcher.getIndexReader()).getVersion();
    } finally {
      manager.release(searcher);
    }
  }

  private IndexReader current() throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return searcher.getIndexReader();
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * When the commit this view reads was written: the time of its segments file, which a commit
   * writes last. Empty when it cannot be told (the commit was replaced and deleted meanwhile).
   */
  public Optional<Instant> lastCommit() throws IOException {
    try (Snapshot s = acquire()) {
      if (s.searcher.getIndexReader() instanceof DirectoryReader reader
          && directory instanceof FSDirectory folder) {
        Path segments =
            folder.getDirectory().resolve(reader.getIndexCommit().getSegmentsFileName());
        return Optional.of(Files.getLastModifiedTime(segments).toInstant());
      }
      return Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /**
   * Runs {@code listener} on the refreshing thread each time a refresh has picked up a new commit.
   * It must be quick (hand work to a thread of its own); what it throws is logged.
   */
  public void onNewCommit(Runnable listener) {
    manager.addListener(
        new ReferenceManager.RefreshListener() {
          @Override
          public void beforeRefresh() {}

          @Override
          public void afterRefresh(boolean didRefresh) {
            if (didRefresh) {
              try {
                listener.run();
              } catch (RuntimeException e) {
                LOG.warn("a listener to new commits failed: {}", e.toString());
              }
            }
          }
        });
  }

  public Snapshot acquire() throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return new Snapshot(searcher, facetFor(searcher.getIndexReader()));
    } catch (IOException | RuntimeException e) {
      manager.release(searcher);
      throw e;
    }
  }

  /** The reader's facet table, made once for each reader from the table of the one before. */
  private FacetTable facetFor(IndexReader reader) throws IOException {
    ReaderFacets current = facets;
    if (current.reader() == reader) {
      return current.table();
    }
    synchronized (this) {
      current = facets;
      if (current.reader() != reader) {
        current =
            new ReaderFacets(reader, FacetTable.of(reader, Schema.FACET_VALUES, current.table()));
        facets = current;
      }
      return current.table();
    }
  }

  @Override
  public void close() throws IOException {
    refresher.shutdownNow();
    try {
      manager.close();
    } finally {
      directory.close();
    }
  }
}
