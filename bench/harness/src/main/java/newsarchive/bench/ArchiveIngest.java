package newsarchive.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsarchive.index.Indexer;
import newsarchive.index.IngestJob;
import newsarchive.index.IngestSummary;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import newsarchive.ingest.ArticleBuilder;
import newsarchive.ingest.read.ArticleReaders;
import newsarchive.ingest.dates.DateExtractor;
import newsarchive.ingest.entities.EntityTagger;
import newsarchive.ingest.entities.FactionAncestry;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.ingest.clean.HtmlCleaner;
import newsarchive.json.JsonMapper;
import newsarchive.ingest.dates.PublicationDateFinder;
import newsarchive.ingest.read.TextDecoder;

/**
 * The archive's own ingest, built as {@code ./archive ingest} builds it, timed from the first file
 * read to the last commit and close. The gazetteer is loaded once beforehand, outside the timing.
 * Not thread-safe.
 */
final class ArchiveIngest {
  private final Gazetteer gazetteer = Gazetteer.load();
  private final ObjectMapper json = JsonMapper.create();

  /** Ingests {@code input} into a fresh index at {@code index}; items are articles read. */
  Throughput run(Path input, Path index) throws IOException {
    Disk.delete(index);
    Files.createDirectories(index);
    ArticleReaders readers =
        new ArticleReaders(new TextDecoder(), new HtmlCleaner(), new PublicationDateFinder(), json);
    ArticleBuilder builder = new ArticleBuilder(new EntityTagger(gazetteer), new DateExtractor());
    long start = System.nanoTime();
    IngestSummary summary;
    try (Indexer indexer =
        new Indexer(index, new Schema(), new StoredArticle(json), new FactionAncestry(gazetteer))) {
      summary = new IngestJob(readers, builder, indexer, null).run(List.of(input));
    }
    long nanos = System.nanoTime() - start;
    if (!summary.rejected().isEmpty()) {
      throw new IllegalStateException(
          "the generated corpus should ingest cleanly: " + summary.rejected().get(0));
    }
    return new Throughput(summary.added() + summary.duplicates(), nanos);
  }
}
