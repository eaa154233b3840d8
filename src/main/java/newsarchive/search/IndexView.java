package newsarchive.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newsarchive.index.Schema;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live view of the index on disk: a {@link SearcherManager} refreshed five times a second, so
 * articles another process commits become searchable within a second, and the facet reader state,
 * built once for each reader it opens. Thread-safe.
 */
public final class IndexView implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(IndexView.class);
  private static final long REFRESH_MS = 200;
  private final Directory directory;
  private final SearcherManager manager;
  private final Schema schema;
  private final ScheduledExecutorService refresher;
  private volatile Facet facetState = new Facet(null, null);

  /** A reader's facet state, and its counts over every article once a search needs them. */
  private static final class Facet {
    final IndexReader reader;
    final SortedSetDocValuesReaderState state;
    private volatile CountTable allArticles;

    Facet(IndexReader reader, SortedSetDocValuesReaderState state) {
      this.reader = reader;
      this.state = state;
    }

    CountTable allArticles() throws IOException {
      CountTable counts = allArticles;
      if (counts == null) {
        synchronized (this) {
          counts = allArticles;
          if (counts == null) {
            counts =
                CountTable.of(
                    new SortedSetDocValuesFacetCounts(state), state.getPrefixToOrdRange().keySet());
            allArticles = counts;
          }
        }
      }
      return counts;
    }
  }

  /** An acquired searcher and its facet state; close it to release the searcher. */
  public final class Snapshot implements AutoCloseable {
    final IndexSearcher searcher;
    final SortedSetDocValuesReaderState state;
    private final Facet facet;

    private Snapshot(IndexSearcher searcher, Facet facet) {
      this.searcher = searcher;
      this.state = facet.state;
      this.facet = facet;
    }

    /**
     * Facet counts over every article of this reader, counted once and shared: browsing the whole
     * archive, or one facet's siblings beside its selection, asks for them again and again.
     */
    CountTable countsOfAllArticles() throws IOException {
      return facet.allArticles();
    }

    @Override
    public void close() throws IOException {
      manager.release(searcher);
    }
  }

  /** Opens the committed index in {@code indexDir}, which must exist. */
  public IndexView(Path indexDir, Schema schema) throws IOException {
    this.directory = FSDirectory.open(indexDir);
    this.manager = new SearcherManager(directory, null);
    this.schema = schema;
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "index-refresh");
              t.setDaemon(true);
              return t;
            });
    refresher.scheduleWithFixedDelay(this::refresh, REFRESH_MS, REFRESH_MS, TimeUnit.MILLISECONDS);
  }

  /** Builds the facet state of the index as it stands now, rather than at the first search. */
  public void warm() throws IOException {
    try (Snapshot s = acquire()) {
      // acquiring builds it
    }
  }

  /** Picks up what was committed since the last refresh; the scheduler calls it too. */
  public void refresh() {
    try {
      manager.maybeRefresh();
    } catch (IOException e) {
      LOG.warn("index refresh failed: {}", e.toString());
    }
  }

  Snapshot acquire() throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return new Snapshot(searcher, facetFor(searcher.getIndexReader()));
    } catch (IOException | RuntimeException e) {
      manager.release(searcher);
      throw e;
    }
  }

  /** The reader's facet state, null when no article has a facet value yet. */
  private Facet facetFor(IndexReader reader) throws IOException {
    Facet current = facetState;
    if (current.reader == reader) {
      return current;
    }
    synchronized (this) {
      current = facetState;
      if (current.reader != reader) {
        SortedSetDocValuesReaderState state;
        try {
          state = new DefaultSortedSetDocValuesReaderState(reader, schema.facetsConfig());
        } catch (IllegalArgumentException e) {
          state = null; // no facet field in the index yet
        }
        current = new Facet(reader, state);
        facetState = current;
      }
      return current;
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
