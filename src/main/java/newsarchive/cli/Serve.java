package newsarchive.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import newsarchive.Archive;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.index.IndexFolder;
import newsarchive.index.IngestSummary;
import newsarchive.search.IndexView;
import newsarchive.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code archive serve}: ingests the corpus into an empty index first, then serves the page and the
 * API until the process is stopped. Progress and the first ingest's summary go to {@code err}.
 */
public final class Serve implements Command {
  private static final Logger LOG = LoggerFactory.getLogger(Serve.class);
  private final Archive archive;
  private final PrintStream err;

  public Serve(Archive archive, PrintStream err) {
    this.archive = archive;
    this.err = err;
  }

  @Override
  public int run(List<String> args) throws IOException {
    Arguments a = Arguments.parse(args, Set.of("port", "host", "index", "corpus", "web"), Set.of());
    Config config = Settings.from(a);
    if (!IndexFolder.hasArticles(config.index())) {
      err.println("archive: the index is empty; ingesting " + config.corpus() + " first");
      IngestSummary summary =
          new Ingest(archive, err, err).ingest(config.index(), List.of(config.corpus()), null);
      err.print(summary.report());
    }
    // Reading the gazetteer takes a second of one core; the index opens on the other meanwhile.
    CompletableFuture<Gazetteer> loading = CompletableFuture.supplyAsync(archive::gazetteer);
    IndexView view = new IndexView(config.index());
    view.warm();
    loading.join();
    Javalin app = WebServer.create(archive.searcher(view), archive.json(), config.web());
    app.start(config.host(), config.port());
    LOG.info("serving http://{}:{}/", config.host(), config.port());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  try {
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
