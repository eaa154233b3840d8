package newsarchive.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import newsarchive.ingest.Article;
import newsarchive.ingest.ArticleId;
import newsarchive.ingest.FactionTag;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes articles into the index, one {@link IndexWriter}, keyed by article id: a new id is added,
 * a known id with other content replaced, a known id with the same content left alone. When one run
 * meets an id twice (the same article in two files or rows), the version with the smaller content
 * hash wins, so the outcome does not depend on the order threads finish in, and a second run of the
 * same input changes nothing. Commits at least every second while writing, so a crash loses at most
 * that second and a running server sees new articles soon. Thread-safe: ingest threads may call
 * {@link #put} together.
 */
public final class Indexer implements Closeable {
  /** What a run did, counted over distinct articles; {@code duplicates} are repeats within it. */
  public record RunCounts(int added, int updated, int unchanged, int duplicates) {}

  private static final long COMMIT_EVERY_MS = 1000;
  private final Directory directory;
  private final IndexWriter writer;
  private final Schema schema;
  private final StoredArticle stored;
  private final Function<FactionTag, Set<String>> ancestors;
  private final Map<String, String> before;
  private final Map<String, String> thisRun = new HashMap<>();
  private final Object commitLock = new Object();
  private int puts;
  private long lastCommit = System.nanoTime();

  public Indexer(
      Path indexDir,
      Schema schema,
      StoredArticle stored,
      Function<FactionTag, Set<String>> ancestors)
      throws IOException {
    this.directory = FSDirectory.open(indexDir);
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndexing());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(128);
    this.writer = new IndexWriter(directory, config);
    this.schema = schema;
    this.stored = stored;
    this.ancestors = ancestors;
    this.before = loadHashes(writer);
  }

  /** Adds or replaces {@code article} unless the index already holds it as it is. */
  public void put(Article article) throws IOException {
    String id = ArticleId.of(article);
    String hash = stored.contentHash(article);
    synchronized (thisRun) {
      puts++;
      String kept = thisRun.get(id);
      if (kept != null && hash.compareTo(kept) >= 0) {
        return;
      }
      thisRun.put(id, hash);
      if (hash.equals(kept != null ? kept : before.get(id))) {
        return;
      }
      // Under the lock, so two copies of one article cannot both be written.
      writer.updateDocument(
          new Term(Schema.ID, id),
          schema.toDocument(id, article, stored.meta(article), hash, ancestors));
    }
    commitIfDue();
  }

  /** What this run has done so far. */
  public RunCounts counts() {
    synchronized (thisRun) {
      int added = 0;
      int updated = 0;
      int unchanged = 0;
      for (Map.Entry<String, String> e : thisRun.entrySet()) {
        String old = before.get(e.getKey());
        if (old == null) {
          added++;
        } else if (old.equals(e.getValue())) {
          unchanged++;
        } else {
          updated++;
        }
      }
      return new RunCounts(added, updated, unchanged, puts - thisRun.size());
    }
  }

  /** Makes everything put so far durable and visible to readers. */
  public void commit() throws IOException {
    // Not the writer's own monitor: IndexWriter asserts that callers never hold it.
    synchronized (commitLock) {
      writer.commit();
      lastCommit = System.nanoTime();
    }
  }

  private void commitIfDue() throws IOException {
    if ((System.nanoTime() - lastCommit) / 1_000_000 >= COMMIT_EVERY_MS) {
      commit();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      commit();
      writer.close();
    } finally {
      directory.close();
    }
  }

  private static Map<String, String> loadHashes(IndexWriter writer) throws IOException {
    Map<String, String> hashes = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        SortedDocValues ids = leaf.reader().getSortedDocValues(Schema.ID);
        BinaryDocValues contents = leaf.reader().getBinaryDocValues(Schema.CONTENT_HASH);
        if (ids == null || contents == null) {
          continue;
        }
        var live = leaf.reader().getLiveDocs();
        for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
          if ((live == null || live.get(doc)) && contents.advanceExact(doc)) {
            hashes.put(
                ids.lookupOrd(ids.ordValue()).utf8ToString(),
                contents.binaryValue().utf8ToString());
          }
        }
      }
    }
    return hashes;
  }
}
