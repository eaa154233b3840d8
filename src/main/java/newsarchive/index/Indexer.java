package newsarchive.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import newsarchive.ingest.Article;
import newsarchive.ingest.ArticleId;
import newsarchive.ingest.entities.FactionTag;
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
 * meets an article twice (in two files or rows, or republished by another outlet), one version is
 * kept by a fixed rule, the copy with a canonical URL first, then the smaller content hash, so the
 * outcome does not depend on the order threads finish in and a second run of the same input changes
 * nothing. Commits every two seconds while writing, so a crash loses at most those two seconds and
 * a running server sees new articles within about two and a half (each commit flushes a segment,
 * and at half a second the small segments and their merges cost a bulk ingest a tenth of its time).
 * Thread-safe: ingest threads may call {@link #put} together.
 */
public final class Indexer implements Closeable {
  /** What a run did, counted over distinct articles; {@code duplicates} are repeats within it. */
  public record RunCounts(int added, int updated, int unchanged, int duplicates) {}

  /** How often a run commits unless told otherwise. */
  public static final long DEFAULT_COMMIT_EVERY_MS = 2000;

  private static final String URL_MARK = "+url";
  private static final String TEXT_MARK = "+text";
  private final Directory directory;
  private final IndexWriter writer;
  private final Schema schema;
  private final StoredArticle stored;
  private final Function<FactionTag, Set<String>> ancestors;
  private final Map<String, String> before = new HashMap<>();
  private final Map<String, Copy> copies = new HashMap<>();
  private final Map<String, String> thisRun = new HashMap<>();
  // Not the writer's own monitor: IndexWriter asserts that callers never hold it.
  private final ReentrantLock commitLock = new ReentrantLock();
  private final Object[] idLocks = newLocks(64);
  private int puts;
  private volatile long lastCommit = System.nanoTime();
  private final long commitEveryMs;

  public Indexer(
      Path indexDir,
      Schema schema,
      StoredArticle stored,
      Function<FactionTag, Set<String>> ancestors)
      throws IOException {
    this(indexDir, schema, stored, ancestors, DEFAULT_COMMIT_EVERY_MS);
  }

  /** As above, committing every {@code commitEveryMs} milliseconds while writing. */
  public Indexer(
      Path indexDir,
      Schema schema,
      StoredArticle stored,
      Function<FactionTag, Set<String>> ancestors,
      long commitEveryMs)
      throws IOException {
    if (commitEveryMs < 0) {
      throw new IllegalArgumentException("commit interval must not be negative: " + commitEveryMs);
    }
    this.commitEveryMs = commitEveryMs;
    this.directory = FSDirectory.open(indexDir);
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndexing());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(128);
    config.setCodec(schema.codec());
    this.writer = new IndexWriter(directory, config);
    this.schema = schema;
    this.stored = stored;
    this.ancestors = ancestors;
    load(writer);
  }

  /** Adds or replaces {@code article} unless the index already holds it as it is. */
  public void put(Article article) throws IOException {
    boolean fromUrl = ArticleId.fromUrl(article);
    String copyKey = ArticleId.copyKey(article);
    String ownId = ArticleId.of(article);
    StoredArticle.Stored forIndex = stored.store(article);
    String hash = forIndex.contentHash();
    // Of two versions under one id, the one with a canonical URL wins, then the smaller hash:
    // an order that does not depend on which thread reads first.
    String rank = (fromUrl ? "0" : "1") + hash;
    Copy target;
    String id;
    synchronized (thisRun) {
      puts++;
      target = idFor(copyKey, ownId, fromUrl);
      id = target.id();
      String kept = thisRun.get(id);
      if (kept != null && rank.compareTo(kept) >= 0) {
        return;
      }
      thisRun.put(id, rank);
      if (hash.equals(kept != null ? kept.substring(1) : before.get(id))) {
        return;
      }
    }
    // The analysis inside updateDocument is most of the cost, so it runs outside the shared lock,
    // on every ingest thread at once; a lock per id keeps two versions of one article in order,
    // and a version that lost to a better one in the meantime is not written.
    synchronized (idLocks[Math.floorMod(id.hashCode(), idLocks.length)]) {
      synchronized (thisRun) {
        if (!rank.equals(thisRun.get(id))) {
          return;
        }
      }
      writer.updateDocument(
          new Term(Schema.ID, id),
          schema.toDocument(
              id,
              article,
              forIndex.meta(),
              stored.summary(article),
              hash,
              // The mark says where the id came from, not this version: the next run must
              // join copies to the story just as this one did.
              copyKey + (target.fromUrl() ? URL_MARK : TEXT_MARK),
              ancestors));
    }
    commitIfDue();
  }

  /** An article known by its copy key: its id, and whether that id comes from a URL. */
  private record Copy(String id, boolean fromUrl) {}

  /**
   * The id under which to keep an article, and whether it came from a URL. A copy without a
   * canonical URL of a story that has one (or the other way round) joins the story under the id it
   * already has: an id, once given, never changes. Articles that both have, or both lack, a URL
   * keep their own ids.
   */
  private Copy idFor(String copyKey, String ownId, boolean fromUrl) {
    Copy own = new Copy(ownId, fromUrl);
    Copy known = copies.putIfAbsent(copyKey, own);
    if (known == null || known.id().equals(ownId) || known.fromUrl() == fromUrl) {
      return own;
    }
    return known;
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
        } else if (old.equals(e.getValue().substring(1))) {
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
    commitLock.lock();
    try {
      writer.commit();
      lastCommit = System.nanoTime();
    } finally {
      commitLock.unlock();
    }
  }

  /** One thread commits when it is time; the others go on adding rather than queue behind it. */
  private void commitIfDue() throws IOException {
    if (!due() || !commitLock.tryLock()) {
      return;
    }
    try {
      if (due()) {
        writer.commit();
        lastCommit = System.nanoTime();
      }
    } finally {
      commitLock.unlock();
    }
  }

  private boolean due() {
    return (System.nanoTime() - lastCommit) / 1_000_000 >= commitEveryMs;
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

  /** Reads every article's id, content hash and text key from the index as it stands. */
  private void load(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        SortedDocValues ids = leaf.reader().getSortedDocValues(Schema.ID);
        BinaryDocValues contents = leaf.reader().getBinaryDocValues(Schema.CONTENT_HASH);
        BinaryDocValues texts = leaf.reader().getBinaryDocValues(Schema.COPY_KEY);
        if (ids == null || contents == null || texts == null) {
          continue;
        }
        var live = leaf.reader().getLiveDocs();
        for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
          if ((live == null || live.get(doc))
              && contents.advanceExact(doc)
              && texts.advanceExact(doc)) {
            String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
            before.put(id, contents.binaryValue().utf8ToString());
            String key = texts.binaryValue().utf8ToString();
            boolean url = key.endsWith(URL_MARK);
            copies.put(
                key.substring(0, key.length() - (url ? URL_MARK : TEXT_MARK).length()),
                new Copy(id, url));
          }
        }
      }
    }
  }

  private static Object[] newLocks(int n) {
    Object[] locks = new Object[n];
    for (int i = 0; i < n; i++) {
      locks[i] = new Object();
    }
    return locks;
  }
}
