package newsarchive.cli;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import newsarchive.Archive;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.index.IndexFolder;
import newsarchive.index.Indexer;
import newsarchive.index.IngestSummary;
import newsarchive.saved.SavedSearchStore;
import newsarchive.saved.Webhooks;
import newsarchive.search.Arrivals;
import newsarchive.search.IndexView;
import newsarchive.search.Searcher;
import newsarchive.web.Cors;
import newsarchive.web.HeavyRequests;
import newsarchive.web.SavedRoutes;
import newsarchive.web.ServerMetrics;
import newsarchive.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code archive serve}: ingests the corpus into an empty index first, then serves the page and the
 * API until the process is stopped. Progress, the first ingest's summary and the address go to
 * {@code err}.
 */
@Command(
    name = "serve",
    description = {
      "Serves the page at / and the API under /api. With an empty index it first ingests the"
          + " corpus. An --index other than the default must exist, unless --create is given.",
      "Prints the token the saved-search endpoints want: random, or the environment variable"
          + " ARCHIVE_TOKEN (16 characters or more).",
      "Exit status 1 when the port is in use or the index is missing."
    })
public final class Serve implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(Serve.class);
  private final Archive archive;
  private final PrintStream err;

  @Option(names = "--port", paramLabel = "N", description = "the port (default: 7070)")
  int port = Config.DEFAULT_PORT;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "bind to (default: 127.0.0.1)")
  String host = Config.defaults().host();

  @Option(names = "--index", paramLabel = "DIR", description = "the index (default: index)")
  Path index = Config.defaults().index();

  @Option(
      names = "--create",
      description = "make the --index folder when it does not exist (and ingest the corpus)")
  boolean create;

  @Option(names = "--corpus", paramLabel = "DIR", description = "ingested into an empty index")
  Path corpus = Config.defaults().corpus();

  @Option(names = "--web", paramLabel = "DIR", description = "the page's files (default: web)")
  Path web = Config.defaults().web();

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      description =
          "let pages from ORIGIN (such as https://example.org) read the read-only API; repeatable")
  List<String> corsOrigins = new ArrayList<>();

  /** The environment variable that fixes the token the saved-search endpoints want. */
  static final String TOKEN_VARIABLE = "ARCHIVE_TOKEN";

  private static final int MIN_TOKEN = 16;

  public Serve(Archive archive, PrintStream err) {
    this.archive = archive;
    this.err = err;
  }

  /**
   * The token the saved-search endpoints want: {@code fixed} (the environment's, which keeps
   * scripts working across restarts and stays out of the process list), else a new random one.
   */
  static String token(String fixed) {
    if (fixed != null && !fixed.isBlank()) {
      if (fixed.strip().length() < MIN_TOKEN) {
        throw new UsageException(
            TOKEN_VARIABLE + " must be at least " + MIN_TOKEN + " characters long");
      }
      return fixed.strip();
    }
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  @Override
  public Integer call() throws IOException {
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be between 0 and 65535, not " + port);
    }
    Cors cors;
    try {
      cors = Cors.allowing(corsOrigins);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    // The default folder is made on the first run; another one must exist, so that a mistyped
    // --index never builds a fresh index beside the real one.
    if (!Files.exists(index) && !create && !index.equals(Config.defaults().index())) {
      throw new CommandFailure(
          "no index at " + index + "; give --create to make one and ingest " + corpus + " into it");
    }
    // Made first, so that /metrics counts the first ingest's articles too.
    ServerMetrics metrics = new ServerMetrics();
    if (!IndexFolder.hasArticles(index)) {
      // The corpus folder when there is one, else the sample the release jar carries.
      Optional<Path> source =
          Files.isDirectory(corpus) ? Optional.of(corpus) : BundledCorpus.unpack();
      if (source.isPresent()) {
        err.println("archive: the index is empty; ingesting " + corpus + " first");
        IngestSummary summary =
            new Ingest(archive, err, err)
                .ingest(
                    index,
                    List.of(source.get()),
                    Indexer.DEFAULT_COMMIT_EVERY_MS,
                    metrics.ingest());
        err.print(summary.report());
      } else {
        err.println("archive: the index is empty and there is no " + corpus + " to fill it");
        archive.indexer(index).close(); // an empty index the server can open
      }
    }
    // Reading the gazetteer takes a second of one core; the index opens on the other meanwhile.
    CompletableFuture<Gazetteer> loading = CompletableFuture.supplyAsync(archive::gazetteer);
    IndexView view = new IndexView(index);
    view.warm();
    loading.join();
    Searcher searcher = archive.searcher(view);
    String token = token(System.getenv(TOKEN_VARIABLE));
    SavedSearchStore saved = archive.savedSearches(index);
    Arrivals arrivals = archive.arrivals(view, searcher);
    Webhooks webhooks = archive.webhooks(saved, arrivals, SavedRoutes::request);
    SavedRoutes routes =
        new SavedRoutes(saved, arrivals, token, host, archive.json(), Clock.systemUTC());
    Javalin app =
        WebServer.create(
            searcher, archive.json(), web, HeavyRequests.forThisMachine(), cors, metrics, routes);
    try {
      app.start(host, port);
    } catch (JavalinBindException e) {
      view.close();
      saved.close();
      throw new CommandFailure(
          String.format(
              Locale.ROOT, "port %d is in use; try --port %d", port, Math.min(port + 1, 65535)));
    }
    // Every commit the view picks up may hold articles a saved search's webhook waits for.
    view.onNewCommit(webhooks::check);
    webhooks.start();
    err.printf(Locale.ROOT, "serving http://%s:%d/%n", host, app.port());
    err.println(
        System.getenv(TOKEN_VARIABLE) == null
            ? "write token (saved searches): " + token + " (set " + TOKEN_VARIABLE + " to fix one)"
            : "write token (saved searches): from " + TOKEN_VARIABLE);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  webhooks.close();
                  try {
                    saved.close();
                    view.close();
                  } catch (IOException e) {
                    LOG.warn("closing the index: {}", e.toString());
                  }
                  stopped.countDown();
                }));
    try {
      stopped.await(); // serve until the process is stopped
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
