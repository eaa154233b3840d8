package newsarchive;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.index.Analyzers;
import newsarchive.index.Indexer;
import newsarchive.index.IngestJob;
import newsarchive.index.IngestProgress;
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
import newsarchive.saved.SavedSearchStore;
import newsarchive.saved.Webhooks;
import newsarchive.search.Arrivals;
import newsarchive.search.IndexView;
import newsarchive.search.QueryBuilder;
import newsarchive.search.SearchRequest;
import newsarchive.search.Searcher;
import newsarchive.search.snippets.Snippets;

/**
 * Builds the archive's object graph, the one place that does: the readers, the tagger, the indexer
 * and ingest job, the searcher. The commands, the tests and the benchmarks all build through it, so
 * what they run is what serves. The gazetteer is read once, when first needed (a second of one
 * core), and shared. Thread-safe.
 */
public final class Archive {
  private final ObjectMapper json = JsonMapper.create();
  private final Schema schema = new Schema();
  private final StoredArticle stored = new StoredArticle(json);
  private volatile Gazetteer gazetteer;

  public Archive() {}

  /** An archive that uses {@code gazetteer} rather than reading its own. */
  public Archive(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The JSON configuration every command writes with. */
  public ObjectMapper json() {
    return json;
  }

  /** The index's fields. */
  public Schema schema() {
    return schema;
  }

  /** How articles are stored in and read back from the index. */
  public StoredArticle stored() {
    return stored;
  }

  /** The gazetteer, read from the classpath on first use. */
  public Gazetteer gazetteer() {
    Gazetteer g = gazetteer;
    if (g == null) {
      synchronized (this) {
        if (gazetteer == null) {
          gazetteer = Gazetteer.load();
        }
        g = gazetteer;
      }
    }
    return g;
  }

  /** Readers of every input format. */
  public ArticleReaders readers() {
    return new ArticleReaders(
        new TextDecoder(), new HtmlCleaner(), new PublicationDateFinder(), json);
  }

  /** The tagger of factions and places. */
  public EntityTagger tagger() {
    return new EntityTagger(gazetteer());
  }

  /** Turns a read article into a tagged one. */
  public ArticleBuilder builder() {
    return new ArticleBuilder(tagger(), new DateExtractor());
  }

  /** A writer of the index in {@code folder} (made when missing); close it to commit. */
  public Indexer indexer(Path folder, long commitEveryMs) throws IOException {
    Files.createDirectories(folder);
    return new Indexer(folder, schema, stored, new FactionAncestry(gazetteer()), commitEveryMs);
  }

  /** A writer that commits as {@code archive ingest} does by default. */
  public Indexer indexer(Path folder) throws IOException {
    return indexer(folder, Indexer.DEFAULT_COMMIT_EVERY_MS);
  }

  /** An ingest into {@code indexer}, reporting to {@code progress} (null for nobody). */
  public IngestJob ingestJob(Indexer indexer, IngestProgress progress) {
    return new IngestJob(readers(), builder(), indexer, progress);
  }

  /** A searcher over {@code view}. */
  public Searcher searcher(IndexView view) {
    return new Searcher(
        view,
        schema,
        new QueryBuilder(Analyzers.text(), gazetteer()),
        new Snippets(),
        stored,
        gazetteer());
  }

  /**
   * The saved searches of the index in {@code index}, in their database beside it ({@link
   * SavedSearchStore#fileFor}), made when missing. Close it when done.
   */
  public SavedSearchStore savedSearches(Path index) throws IOException {
    return SavedSearchStore.open(SavedSearchStore.fileFor(index));
  }

  /** The articles that came into {@code view} after a mark, as {@code searcher} finds them. */
  public Arrivals arrivals(IndexView view, Searcher searcher) {
    return new Arrivals(view, searcher, stored);
  }

  /**
   * The webhooks of the searches in {@code store}, whose query strings {@code requests} reads; not
   * running until started.
   */
  public Webhooks webhooks(
      SavedSearchStore store, Arrivals arrivals, Function<String, SearchRequest> requests) {
    return new Webhooks(store, arrivals, requests, json, Webhooks.Settings.defaults());
  }
}
