package newsarchive.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import newsarchive.search.FacetDims;
import newsarchive.search.InvalidQueryException;
import newsarchive.search.SearchRequest;
import newsarchive.search.Searcher;
import newsarchive.search.export.Export;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archive's HTTP surface: the JSON API under /api, /health, /metrics, and the page from the web
 * folder. Every error a user can cause is mapped to a JSON 400 or 404 here, in one place.
 */
public final class WebServer {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final int FACET_SEARCH_LIMIT = 50;
  // Where the release jar keeps the page (./archive package copies web/ there).
  private static final String BUNDLED_PAGE = "/newsarchive/web";
  static final String NOT_UTF8 = "The address holds bytes that are not valid UTF-8 text.";
  private static final String ERROR_WRITTEN = "newsarchive.error-written";
  static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
              + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
              + "frame-ancestors 'none'",
          "X-Content-Type-Options",
          "nosniff",
          "Referrer-Policy",
          "no-referrer",
          "X-Frame-Options",
          "DENY",
          "Cross-Origin-Resource-Policy",
          "same-origin");

  private WebServer() {}

  /** The app, not started; {@code webDir} holds index.html, style.css and the js/ modules. */
  public static Javalin create(Searcher searcher, ObjectMapper json, Path webDir) {
    return create(searcher, json, webDir, HeavyRequests.forThisMachine());
  }

  /** The app, not started, with {@code heavy} bounding the requests that search the index. */
  public static Javalin create(
      Searcher searcher, ObjectMapper json, Path webDir, HeavyRequests heavy) {
    return create(searcher, json, webDir, heavy, Cors.none(), new ServerMetrics(), null);
  }

  /** As above, letting the origins of {@code cors} read the read-only API from their pages. */
  public static Javalin create(
      Searcher searcher, ObjectMapper json, Path webDir, HeavyRequests heavy, Cors cors) {
    return create(searcher, json, webDir, heavy, cors, new ServerMetrics(), null);
  }

  /** As above, with its {@code /metrics} and request timing kept in {@code metrics}. */
  public static Javalin create(
      Searcher searcher,
      ObjectMapper json,
      Path webDir,
      HeavyRequests heavy,
      ServerMetrics metrics) {
    return create(searcher, json, webDir, heavy, Cors.none(), metrics, null);
  }

  /** As above, with the saved-search endpoints of {@code saved}. */
  public static Javalin create(
      Searcher searcher, ObjectMapper json, Path webDir, HeavyRequests heavy, SavedRoutes saved) {
    return create(searcher, json, webDir, heavy, Cors.none(), new ServerMetrics(), saved);
  }

  /**
   * The app with every part given: CORS origins, the metrics its requests are timed in, and the
   * saved-search endpoints (none when {@code saved} is null).
   */
  public static Javalin create(
      Searcher searcher,
      ObjectMapper json,
      Path webDir,
      HeavyRequests heavy,
      Cors cors,
      ServerMetrics metrics,
      SavedRoutes saved) {
    CacheHeaders cache = new CacheHeaders(searcher, cors.on());
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          // A route's other methods get 405 with Allow rather than 404 (see MethodsAllowed).
          config.http.prefer405over404 = true;
          // Requests Jetty refuses itself get the same JSON errors and headers as the rest.
          config.jetty.modifyServer(
              server -> server.setErrorHandler(new JettyErrors(json, SECURITY_HEADERS)));
          config.jsonMapper(new JavalinJackson(json, false));
          config.http.defaultContentType = "application/json";
          // The page from the web folder when there is one (a checkout), else the copy the
          // release jar carries on its classpath.
          boolean external = Files.isDirectory(webDir);
          if (external || WebServer.class.getResource(BUNDLED_PAGE) != null) {
            config.staticFiles.add(
                files -> {
                  files.hostedPath = "/";
                  files.directory = external ? webDir.toAbsolutePath().toString() : BUNDLED_PAGE;
                  files.location = external ? Location.EXTERNAL : Location.CLASSPATH;
                  files.headers = SECURITY_HEADERS;
                });
          } else {
            LOG.warn("no page at {} and none bundled: serving the API only", webDir);
          }
          config.routes.before(
              ctx -> {
                SECURITY_HEADERS.forEach(ctx::header);
                if (!Utf8Check.validEscapes(ctx.queryString())) {
                  throw new InvalidQueryException(NOT_UTF8);
                }
              });
          metrics.install(config, searcher, heavy);
          // CORS first: a 304 the cache headers answer must still carry the CORS headers.
          config.routes.before("/api/*", cors::before);
          config.routes.before("/api/*", cache::before);
          config.routes.get(
              "/health", ctx -> ctx.json(Map.of("status", "ok", "articles", searcher.count())));
          config.routes.get(
              "/api/search",
              ctx -> bounded(heavy, () -> ctx.json(searcher.search(SearchParams.from(ctx)))));
          config.routes.get(
              "/api/articles/{id}",
              ctx -> {
                String id = ctx.pathParam("id");
                ctx.json(ArticleView.of(id, ArticleLookup.find(searcher, id)));
              });
          CiteRoutes cite = new CiteRoutes(searcher, Clock.systemUTC());
          config.routes.get("/api/articles/{id}/cite", cite::json);
          config.routes.get("/api/articles/{id}/cite.ris", cite::ris);
          OpenApiDocument openApi = new OpenApiDocument();
          config.routes.get("/api/openapi.json", openApi::serve);
          Export export = new Export(searcher, json, Clock.systemUTC());
          config.routes.get(
              "/api/export", ctx -> bounded(heavy, () -> ExportRoutes.export(ctx, export)));
          config.routes.get(
              "/api/feed.atom", ctx -> bounded(heavy, () -> Feeds.atom(ctx, searcher)));
          config.routes.get(
              "/api/feed.json", ctx -> bounded(heavy, () -> Feeds.json(ctx, searcher)));
          config.routes.get(
              "/api/facets/{dim}", ctx -> bounded(heavy, () -> facets(ctx, searcher)));
          if (saved != null) {
            saved.register(config.routes, heavy);
          }
          config.routes.exception(
              ApiRefusal.class,
              (e, ctx) -> {
                e.headers().forEach(ctx::header);
                error(ctx, e.status(), e.getMessage());
              });
          config.routes.exception(
              InvalidQueryException.class,
              (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
          config.routes.exception(
              NotFoundException.class,
              (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
          config.routes.exception(
              MethodNotAllowedResponse.class,
              (e, ctx) -> {
                String allow = MethodsAllowed.header(e.getDetails());
                ctx.header("Allow", allow);
                error(
                    ctx,
                    HttpStatus.METHOD_NOT_ALLOWED,
                    MethodsAllowed.sentence(
                        SearchParams.shorten(ctx.path()), ctx.method().name(), allow));
              });
          config.routes.exception(
              BusyException.class,
              (e, ctx) -> {
                ctx.header("Retry-After", String.valueOf(heavy.retryAfterSeconds()));
                error(
                    ctx,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "The archive is busy with other searches; try again in a moment.");
              });
          config.routes.exception(
              Exception.class,
              (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(
                    ctx,
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    "The archive failed to answer; the error is in its log.");
              });
          config.routes.error(
              HttpStatus.NOT_FOUND.getCode(),
              ctx -> {
                if (ctx.attribute(ERROR_WRITTEN) == null) {
                  error(
                      ctx,
                      HttpStatus.NOT_FOUND,
                      "Nothing here: " + SearchParams.shorten(ctx.path()) + ".");
                }
              });
        });
  }

  private static void facets(Context ctx, Searcher searcher) throws IOException {
    String dim = FacetDims.check(ctx.pathParam("dim"));
    SearchRequest request = SearchParams.from(ctx);
    String prefix = ctx.queryParam("prefix");
    ctx.json(
        Map.of(
            "dim", dim, "values", searcher.facetValues(dim, prefix, request, FACET_SEARCH_LIMIT)));
  }

  private static void error(Context ctx, HttpStatus status, String sentence) {
    ctx.attribute(ERROR_WRITTEN, true);
    CacheHeaders.forError(ctx);
    ctx.status(status).json(new ApiError(sentence));
  }

  /** A request for the index when the pool of searching requests is full. */
  private static final class BusyException extends RuntimeException {
    BusyException() {
      super("too many searches at once", null, false, false);
    }
  }

  /** Work done inside a slot of the heavy pool. */
  interface Work {
    void run() throws IOException;
  }

  /** Runs {@code work} in a slot of {@code heavy}: a 503 when none comes free in time. */
  static void bounded(HeavyRequests heavy, Work work) throws IOException {
    boolean entered;
    try {
      entered = heavy.tryEnter();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BusyException();
    }
    if (!entered) {
      throw new BusyException();
    }
    try {
      work.run();
    } finally {
      heavy.leave();
    }
  }
}
