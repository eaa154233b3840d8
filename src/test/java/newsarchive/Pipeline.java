package newsarchive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.index.Analyzers;
import newsarchive.index.Indexer;
import newsarchive.index.IngestJob;
import newsarchive.index.IngestSummary;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import newsarchive.ingest.ArticleBuilder;
import newsarchive.ingest.clean.HtmlCleaner;
import newsarchive.ingest.dates.DateExtractor;
import newsarchive.ingest.dates.PublicationDateFinder;
import newsarchive.ingest.entities.EntityTagger;
import newsarchive.ingest.entities.FactionAncestry;
import newsarchive.ingest.read.ArticleReaders;
import newsarchive.ingest.read.TextDecoder;
import newsarchive.json.JsonMapper;
import newsarchive.search.IndexView;
import newsarchive.search.QueryBuilder;
import newsarchive.search.Searcher;
import newsarchive.search.Snippets;

/**
 * The real objects tests run, built as {@link Main} builds them: readers, tagger, an ingest into an
 * index folder, a searcher over a view. The gazetteer loads once for all tests of a run.
 */
public final class Pipeline {
  public static final Gazetteer GAZETTEER = Gazetteer.load();

  private Pipeline() {}

  public static ArticleReaders readers() {
    return new ArticleReaders(
        new TextDecoder(), new HtmlCleaner(), new PublicationDateFinder(), JsonMapper.create());
  }

  public static EntityTagger tagger() {
    return new EntityTagger(GAZETTEER);
  }

  public static ArticleBuilder builder() {
    return new ArticleBuilder(tagger(), new DateExtractor());
  }

  /** Ingests {@code paths} into the index in {@code index}, as {@code archive ingest} does. */
  public static IngestSummary ingest(Path index, List<Path> paths) throws IOException {
    try (Indexer indexer = indexer(index)) {
      return job(indexer).run(paths);
    }
  }

  /** A writer of the index in {@code index}; close it to commit. */
  public static Indexer indexer(Path index) throws IOException {
    return new Indexer(
        index,
        new Schema(),
        new StoredArticle(JsonMapper.create()),
        new FactionAncestry(GAZETTEER));
  }

  /** An ingest into {@code indexer} that reports no progress. */
  public static IngestJob job(Indexer indexer) {
    return new IngestJob(readers(), builder(), indexer, null);
  }

  /** A searcher over {@code view}, as {@code archive serve} makes it. */
  public static Searcher searcher(IndexView view) {
    return new Searcher(
        view,
        new Schema(),
        new QueryBuilder(Analyzers.text(), GAZETTEER),
        new Snippets(),
        new StoredArticle(JsonMapper.create()),
        GAZETTEER);
  }
}
