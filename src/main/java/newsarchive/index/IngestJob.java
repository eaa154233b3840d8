package newsarchive.index;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
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
 * go on. Not thread-safe: one run at a time.
 */
public final class IngestJob {
  private static final long PROGRESS_EVERY_MS = 500;
  // Articles read but not yet indexed, per thread: enough to keep every core busy, few enough that
  // a reader far ahead of the taggers does not fill the heap with a dump's bodies.
  private static final int IN_FLIGHT_PER_THREAD = 8;
  private final ArticleReaders readers;
  private final ArticleBuilder builder;
  private final Indexer indexer;
  private final PrintStream progress;

  /** {@code progress} receives a progress line now and then; pass null for none. */
  public IngestJob(
      ArticleReaders readers, ArticleBuilder builder, Indexer indexer, PrintStream progress) {
    this.readers = readers;
    this.builder = builder;
    this.indexer = indexer;
    this.progress = progress;
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
            (p, why) -> rejected.add(new IngestSummary.Rejection(p.toString(), why)),
            p -> skipped.merge(ArticleReaders.typeOf(p), 1, Integer::sum));
    afterListing.accept(List.copyOf(files));
    SourceNames names = new SourceNames(paths);
    Counts counts = new Counts(files.size());
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ForkJoinPool pool = new ForkJoinPool(threads);
    ArticleTasks tasks = new ArticleTasks(threads, threads * IN_FLIGHT_PER_THREAD);
    try {
      pool.submit(
              () ->
                  files.parallelStream()
                      .forEach(file -> ingest(file, names, tasks, counts, rejected)))
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
    indexer.commit();
    counts.print(progress, true);
    List<IngestSummary.Rejection> sorted = new ArrayList<>(rejected);
    sorted.sort((a, b) -> a.source().compareTo(b.source()));
    Indexer.RunCounts done = indexer.counts();
    return new IngestSummary(
        done.added(), done.updated(), done.unchanged(), done.duplicates(), sorted, skipped);
  }

  private void ingest(
      Path file,
      SourceNames names,
      ArticleTasks tasks,
      Counts counts,
      List<IngestSummary.Rejection> rejected) {
    readers.read(
        file,
        extraction -> {
          switch (extraction) {
            case Extraction.Rejected r ->
                rejected.add(new IngestSummary.Rejection(r.source(), r.reason()));
            case Extraction.Found f -> {
              String name = names.name(file, f.article());
              tasks.submit(() -> tagAndPut(f, name, counts, rejected));
            }
          }
        });
    counts.filesDone.incrementAndGet();
    counts.print(progress, false);
  }

  /**
   * One article's work on an ingest thread; only a failure of the index itself is thrown. The
   * article is kept under {@code name}; rejections name the file as the terminal knows it.
   */
  private void tagAndPut(
      Extraction.Found f, String name, Counts counts, List<IngestSummary.Rejection> rejected)
      throws IOException {
    Article article;
    try {
      article = builder.build(f.article()).withSource(name);
    } catch (RuntimeException | StackOverflowError e) {
      // As a reader's failure: this article is rejected, the rest go on.
      rejected.add(new IngestSummary.Rejection(f.article().source(), "cannot be tagged: " + e));
      return;
    }
    try {
      indexer.put(article);
      counts.articles.incrementAndGet();
    } catch (IllegalArgumentException e) {
      // Lucene refused this one document (a value past one of its limits); the writer stays
      // usable, so the run goes on without it.
      rejected.add(
          new IngestSummary.Rejection(
              f.source(), "cannot be indexed: " + firstLine(e.getMessage())));
    }
  }

  private static final class Counts {
    final int files;
    final AtomicInteger filesDone = new AtomicInteger();
    final AtomicInteger articles = new AtomicInteger();
    private long lastPrint = System.nanoTime();

    Counts(int files) {
      this.files = files;
    }

    synchronized void print(PrintStream out, boolean last) {
      long now = System.nanoTime();
      if (out == null || (!last && (now - lastPrint) / 1_000_000 < PROGRESS_EVERY_MS)) {
        return;
      }
      lastPrint = now;
      out.printf(
          Locale.ROOT,
          "\ringest: %d/%d files, %d articles%s",
          filesDone.get(),
          files,
          articles.get(),
          last ? "\n" : "");
      out.flush();
    }
  }

  private static String firstLine(String message) {
    String m = message == null ? "no reason given" : message;
    return m.lines().findFirst().orElse(m);
  }
}
