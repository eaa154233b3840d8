package newsarchive.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import newsarchive.index.IngestProgress;
import newsarchive.search.Searcher;

/**
 * The server's metrics, written at {@code /metrics} in Prometheus' text format through Micrometer:
 * requests by route template and status with their latency as a histogram, the searches in flight
 * and waiting, the searches turned away, the index's article count and the age of its last commit,
 * and the articles, files and bytes of an ingest this process runs (serve's first one). Served by
 * the same server, on the same address, as the API. Thread-safe.
 */
public final class ServerMetrics {
  /** Prometheus' text exposition format, version 0.0.4, which {@link #scrape} writes. */
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  // Latency histogram buckets: from a cached facet count to a slow export's first page.
  private static final Duration[] BUCKETS = {
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10)
  };

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter ingestArticles;
  private final Counter ingestFiles;
  private final Counter ingestBytes;
  private final Counter ingestRejected;

  public ServerMetrics() {
    this.ingestArticles =
        Counter.builder("archive.ingest.articles")
            .description("Articles this process put into the index")
            .register(registry);
    this.ingestFiles =
        Counter.builder("archive.ingest.files")
            .description("Input files this process read to their end or rejected")
            .register(registry);
    this.ingestBytes =
        Counter.builder("archive.ingest.read")
            .baseUnit("bytes")
            .description("Bytes of input files this process read, as stored")
            .register(registry);
    this.ingestRejected =
        Counter.builder("archive.ingest.rejected")
            .description("Input files, rows and records this process rejected")
            .register(registry);
  }

  /** What an ingest in this process reports, counted here. */
  public IngestProgress ingest() {
    return new IngestProgress() {
      @Override
      public void read(long bytes) {
        ingestBytes.increment((double) bytes);
      }

      @Override
      public void fileDone() {
        ingestFiles.increment();
      }

      @Override
      public void indexed() {
        ingestArticles.increment();
      }

      @Override
      public void rejected() {
        ingestRejected.increment();
      }
    };
  }

  /**
   * Serves {@code /metrics} in {@code config}'s app, times every request it answers, and reads the
   * gauges of {@code searcher}'s index and of the {@code heavy} pool.
   */
  void install(JavalinConfig config, Searcher searcher, HeavyRequests heavy) {
    Gauge.builder("archive.searches.in.flight", heavy, HeavyRequests::running)
        .description("Requests searching the index now")
        .register(registry);
    Gauge.builder("archive.searches.waiting", heavy, HeavyRequests::waiting)
        .description("Requests waiting for a turn to search the index")
        .register(registry);
    FunctionCounter.builder("archive.searches.refused", heavy, HeavyRequests::refused)
        .description("Requests turned away with 503 because too many searched at once")
        .register(registry);
    Gauge.builder("archive.index.articles", searcher, ServerMetrics::articles)
        .description("Articles in the index the server reads")
        .register(registry);
    Gauge.builder("archive.index.last.commit.age", searcher, this::commitAge)
        .baseUnit("seconds")
        .description("Seconds since the commit the server reads was written")
        .register(registry);
    config.requestLogger.http(this::timed);
    config.routes.get("/metrics", ctx -> ctx.contentType(CONTENT_TYPE).result(registry.scrape()));
  }

  /** The metrics as /metrics writes them. */
  String scrape() {
    return registry.scrape();
  }

  private void timed(Context ctx, Float ms) {
    Timer.builder("http.server.requests")
        .description("HTTP requests by route template, method and status")
        .tags(
            "method",
            ctx.method().name(),
            "route",
            route(ctx),
            "status",
            String.valueOf(ctx.statusCode()))
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record((long) (ms * 1_000_000.0), TimeUnit.NANOSECONDS);
  }

  /**
   * The route template that answered ("/api/articles/{id}", never the id itself, so the series stay
   * few); "static" for the page's files, "unmatched" for what nothing answered.
   */
  private static String route(Context ctx) {
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    if (matched != null) {
      return matched.path;
    }
    return ctx.statusCode() == 404 ? "unmatched" : "static";
  }

  private static double articles(Searcher searcher) {
    try {
      return searcher.count();
    } catch (IOException | RuntimeException e) {
      return Double.NaN; // Prometheus' "no value now"; the next scrape tries again
    }
  }

  private double commitAge(Searcher searcher) {
    try {
      return searcher
          .lastCommit()
          .map(at -> Math.max(0, Duration.between(at, Instant.now()).toMillis() / 1000.0))
          .orElse(Double.NaN);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }
}
