package newsarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import newsarchive.ingest.Article;
import newsarchive.ingest.ArticleBuilder;
import newsarchive.ingest.read.ArticleReaders;
import newsarchive.ingest.read.Extraction;
import newsarchive.ingest.read.InputFiles;
import newsarchive.ingest.read.SourceNames;

/**
 * One ingest run: expands the given paths, reads and cleans files on every core, tags the articles
 * and puts them through one {@link Indexer} on every core too, so one big dump (a single JSONL or
 * CSV file) uses all cores and not one. A file that fails is rejected with its reason and the rest
 * go on. It reports files, bytes read and articles to an {@link IngestProgress} as it goes. Not
 * thread-safe: one run at a time.
 */
public final class IngestJob {
  // Articles read but not yet indexed, per thread: enough to keep every core busy, few enough that
  // a reader far ahead of the taggers does not fill the heap with a dump's bodies.
  private static final int IN_FLIGHT_PER_THREAD = 8;
  private final ArticleReaders readers;
  private final ArticleBuilder builder;
  private final Indexer indexer;
  private final IngestProgress progress;

  /** {@code progress} hears of the run as it goes; null for nobody. */
  public IngestJob(
      ArticleReaders readers, ArticleBuilder builder, Indexer indexer, IngestProgress progress) {
    this.readers = readers;
    this.builder = builder;
    this.indexer = indexer;
    this.progress = progress == null ? IngestProgress.NONE : progress;
  }

  public IngestSummary run(List<Path> paths) throws IOException {
    return run(paths, files -> {});
  }

  /**
   * Runs, calling {@code afterListing} with the listed files before any is read: the moment a file
   * can vanish or change under a running ingest, which tests use to make it happen.
   */
  IngestSummary run(List<Path> paths, Consumer<List<Path>> afterListing) throws IOException {
    List<IngestSummary.Rejection> rejected = Collections.synchronizedList(new ArrayList<>());
    Map<String, Integer> skipped = new TreeMap<>();
    List<Path> files =
        InputFiles.expand(
            paths,
            (p, why) -> reject(rejected, p.toString(), why),
            p -> skipped.merge(ArticleReaders.typeOf(p), 1, Integer::sum));
    afterListing.accept(List.copyOf(files));
    progress.started(files.size(), sizeOf(files));
    try {
      readAll(files, new SourceNames(paths), rejected);
      indexer.commit();
    } finally {
      progress.finished();
    }
    List<IngestSummary.Rejection> sorted = new ArrayList<>(rejected);
    sorted.sort((a, b) -> a.source().compareTo(b.source()));
    Indexer.RunCounts done = indexer.counts();
    return new IngestSummary(
        done.added(), done.updated(), done.unchanged(), done.duplicates(), sorted, skipped);
  }

  /** Reads and indexes every file, on every core; only a failure of the index is thrown. */
  private void readAll(List<Path> files, SourceNames names, List<IngestSummary.Rejection> rejected)
      throws IOException {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ForkJoinPool pool = new ForkJoinPool(threads);
    ArticleTasks tasks = new ArticleTasks(threads, threads * IN_FLIGHT_PER_THREAD);
    try {
      pool.submit(
              () -> files.parallelStream().forEach(file -> ingest(file, names, tasks, rejected)))
          .get();
      tasks.awaitAll();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("ingest interrupted", e);
    } catch (UncheckedIOException e) {
      throw e.getCause(); // the index failed (disk full, say): the run stops
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IllegalStateException("ingest failed", e.getCause());
    } finally {
      pool.shutdown();
      tasks.close();
    }
  }

  private void ingest(
      Path file, SourceNames names, ArticleTasks tasks, List<IngestSummary.Rejection> rejected) {
    readers.read(
        file,
        extraction -> {
          switch (extraction) {
            case Extraction.Rejected r -> reject(rejected, r.source(), r.reason());
            case Extraction.Found f -> {
              String name = names.name(file, f.article());
              tasks.submit(() -> tagAndPut(f, name, rejected));
            }
          }
        },
        progress::read);
    progress.fileDone();
  }

  private void reject(List<IngestSummary.Rejection> rejected, String source, String reason) {
    rejected.add(new IngestSummary.Rejection(source, reason));
    progress.rejected();
  }

  /** The files' sizes on disk, as listed; a file gone since counts nothing. */
  private static long sizeOf(List<Path> files) {
    long bytes = 0;
    for (Path f : files) {
      try {
        bytes += Files.size(f);
      } catch (IOException e) {
        // it will be rejected when its turn comes
      }
    }
    return bytes;
  }

  /**
   * One article's work on an ingest thread; only a failure of the index itself is thrown. The
   * article is kept under {@code name}; rejections name the file as the terminal knows it.
   */
  private void tagAndPut(Extraction.Found f, String name, List<IngestSummary.Rejection> rejected)
      throws IOException {
    Article article;
    try {
      article = builder.build(f.article()).withSource(name);
    } catch (RuntimeException | StackOverflowError e) {
      // As a reader's failure: this article is rejected, the rest go on.
      reject(rejected, f.article().source(), "cannot be tagged: " + e);
      return;
    }
    try {
      indexer.put(article);
      progress.indexed();
    } catch (IllegalArgumentException e) {
      // Lucene refused this one document (a value past one of its limits); the writer stays
      // usable, so the run goes on without it.
      reject(rejected, f.source(), "cannot be indexed: " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    String m = message == null ? "no reason given" : message;
    return m.lines().findFirst().orElse(m);
  }
}
