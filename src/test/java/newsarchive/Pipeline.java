package newsarchive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.index.Indexer;
import newsarchive.index.IngestJob;
import newsarchive.index.IngestSummary;
import newsarchive.ingest.ArticleBuilder;
import newsarchive.ingest.entities.EntityTagger;
import newsarchive.ingest.read.ArticleReaders;
import newsarchive.search.IndexView;
import newsarchive.search.Searcher;

/**
 * The real objects tests run, built by {@link Archive} as the commands build them: readers, tagger,
 * an ingest into an index folder, a searcher over a view. The gazetteer loads once for all tests of
 * a run.
 */
public final class Pipeline {
  public static final Gazetteer GAZETTEER = Gazetteer.load();
  public static final Archive ARCHIVE = new Archive(GAZETTEER);

  private Pipeline() {}

  public static ArticleReaders readers() {
    return ARCHIVE.readers();
  }

  public static EntityTagger tagger() {
    return ARCHIVE.tagger();
  }

  public static ArticleBuilder builder() {
    return ARCHIVE.builder();
  }

  /** Ingests {@code paths} into the index in {@code index}, as {@code archive ingest} does. */
  public static IngestSummary ingest(Path index, List<Path> paths) throws IOException {
    try (Indexer indexer = indexer(index)) {
      return job(indexer).run(paths);
    }
  }

  /** A writer of the index in {@code index}; close it to commit. */
  public static Indexer indexer(Path index) throws IOException {
    return ARCHIVE.indexer(index);
  }

  /** An ingest into {@code indexer} that reports no progress. */
  public static IngestJob job(Indexer indexer) {
    return ARCHIVE.ingestJob(indexer, null);
  }

  /** A searcher over {@code view}, as {@code archive serve} makes it. */
  public static Searcher searcher(IndexView view) {
    return ARCHIVE.searcher(view);
  }
}
