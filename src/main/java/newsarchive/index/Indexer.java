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
import org.apache.lucene.index.NumericDocValues;
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
 *
 * <p>Each new article gets its {@link Schema#INDEXED} value, which an update keeps; each commit
 * records the mark below which every such value is in it ({@link Schema#INDEXED_MARK}), so a reader
 * can tell which new articles it may act on without missing one that a slower ingest thread commits
 * later. Thread-safe: ingest threads may call {@link #put} together.
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
  private final Map<String, Known> before = new HashMap<>();
  private final Map<String, Copy> copies = new HashMap<>();
  private final Map<String, Kept> thisRun = new HashMap<>();
  private final IndexedStamps stamps;
  private long committedMark; // guarded by commitLock
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
    committedMark = committedMark(writer);
    // Above every value held and every mark committed, so nothing new lands below a mark.
    this.stamps = new IndexedStamps(Math.max(load(writer), committedMark - 1));
  }

  /** An article the index held when this writer opened: its content hash and indexed time. */
  private record Known(String hash, long indexed) {}

  /** The version of an article this run keeps so far, by rank, and its indexed time (0: none). */
  private record Kept(String rank, long indexed) {}

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
      Kept kept = thisRun.get(id);
      if (kept != null && rank.compareTo(kept.rank()) >= 0) {
        return;
      }
      thisRun.put(id, new Kept(rank, kept == null ? 0 : kept.indexed()));
      Known known = before.get(id);
      if (hash.equals(
          kept != null ? kept.rank().substring(1) : known == null ? null : known.hash())) {
        return;
      }
    }
    // The analysis inside updateDocument is most of the cost, so it runs outside the shared lock,
    // on every ingest thread at once; a lock per id keeps two versions of one article in order,
    // and a version that lost to a better one in the meantime is not written.
    synchronized (idLocks[Math.floorMod(id.hashCode(), idLocks.length)]) {
      long indexed;
      boolean fresh = false;
      synchronized (thisRun) {
        Kept current = thisRun.get(id);
        if (!rank.equals(current.rank())) {
          return;
        }
        // An article keeps the time it first came: from the index, or from an earlier version
        // in this run; only an article new to the index gets a new one.
        indexed = current.indexed();
        Known known = before.get(id);
        if (indexed == 0 && known != null) {
          indexed = known.indexed();
        } else if (indexed == 0) {
          indexed = stamps.issue();
          fresh = true;
          thisRun.put(id, new Kept(rank, indexed));
        }
      }
      try {
        write(id, indexed, article, forIndex, hash, copyKey, target);
      } finally {
        if (fresh) {
          stamps.written(indexed);
        }
      }
    }
    commitIfDue();
  }

  private void write(
      String id,
      long indexed,
      Article article,
      StoredArticle.Stored forIndex,
      String hash,
      String copyKey,
      Copy target)
      throws IOException {
    writer.updateDocument(
        new Term(Schema.ID, id),
        schema.toDocument(
            id,
            indexed,
            article,
            forIndex.meta(),
            stored.summary(article),
            hash,
            // The mark says where the id came from, not this version: the next run must
            // join copies to the story just as this one did.
            copyKey + (target.fromUrl() ? URL_MARK : TEXT_MARK),
            ancestors));
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
      for (Map.Entry<String, Kept> e : thisRun.entrySet()) {
        Known old = before.get(e.getKey());
        if (old == null) {
          added++;
        } else if (old.hash().equals(e.getValue().rank().substring(1))) {
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
      commitNow();
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
        commitNow();
      }
    } finally {
      commitLock.unlock();
    }
  }

  /**
   * Commits with the indexed mark taken first: an article whose value is below it was in the writer
   * before the commit began, so the commit holds it. The commit data changes only with the mark, so
   * that a writer with nothing new still commits nothing.
   */
  private void commitNow() throws IOException {
    long mark = stamps.mark();
    if (mark != committedMark) {
      writer.setLiveCommitData(Map.of(Schema.INDEXED_MARK, Long.toString(mark)).entrySet(), true);
    }
    writer.commit();
    committedMark = mark;
    lastCommit = System.nanoTime();
  }

  private static long committedMark(IndexWriter writer) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (e.getKey().equals(Schema.INDEXED_MARK)) {
          return Long.parseLong(e.getValue());
        }
      }
    }
    return 0;
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

  /**
   * Reads every article's id, content hash, indexed time and text key from the index as it stands;
   * returns the highest indexed time.
   */
  private long load(IndexWriter writer) throws IOException {
    long highest = 0;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        SortedDocValues ids = leaf.reader().getSortedDocValues(Schema.ID);
        BinaryDocValues contents = leaf.reader().getBinaryDocValues(Schema.CONTENT_HASH);
        BinaryDocValues texts = leaf.reader().getBinaryDocValues(Schema.COPY_KEY);
        NumericDocValues indexed = leaf.reader().getNumericDocValues(Schema.INDEXED);
        if (ids == null || contents == null || texts == null) {
          continue;
        }
        var live = leaf.reader().getLiveDocs();
        for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
          if ((live == null || live.get(doc))
              && contents.advanceExact(doc)
              && texts.advanceExact(doc)) {
            String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
            long at = indexed != null && indexed.advanceExact(doc) ? indexed.longValue() : 0;
            highest = Math.max(highest, at);
            before.put(id, new Known(contents.binaryValue().utf8ToString(), at));
            String key = texts.binaryValue().utf8ToString();
            boolean url = key.endsWith(URL_MARK);
            copies.put(
                key.substring(0, key.length() - (url ? URL_MARK : TEXT_MARK).length()),
                new Copy(id, url));
          }
        }
      }
    }
    return highest;
  }

  private static Object[] newLocks(int n) {
    Object[] locks = new Object[n];
    for (int i = 0; i < n; i++) {
      locks[i] = new Object();
    }
    return locks;
  }
}
