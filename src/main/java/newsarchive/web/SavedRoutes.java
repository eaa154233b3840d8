package newsarchive.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import newsarchive.saved.SavedSearch;
import newsarchive.saved.SavedSearchStore;
import newsarchive.search.Arrivals;
import newsarchive.search.InvalidQueryException;
import newsarchive.search.SearchRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The saved-search endpoints, every one behind the {@link WriteGuard}: {@code GET /api/saved} (each
 * with its count of new articles and its links), {@code POST /api/saved}, {@code DELETE
 * /api/saved/{id}}, {@code POST /api/saved/{id}/seen}; and {@code GET /api/session}, which hands
 * the page its token. Thread-safe.
 */
public final class SavedRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(SavedRoutes.class);
  static final int MAX_NAME = 200;
  static final int MAX_WEBHOOK = 2000;
  static final int MAX_SAVED = 500;
  private static final int MAX_BODY = 16_384;

  private final SavedSearchStore store;
  private final Arrivals arrivals;
  private final WriteGuard guard;
  private final String token;
  private final ObjectMapper json;
  private final Clock clock;

  /** What a client sends to save a search; {@code webhook} may be absent. Immutable. */
  record Draft(String name, String query, String webhook) {}

  /** The links of a saved search: the page showing it and its two feeds. Immutable. */
  record Links(String page, String atom, String json) {}

  /** A saved search as the API shows it. Immutable. */
  record View(
      long id,
      String name,
      String query,
      Instant created,
      Instant lastSeen,
      String webhook,
      @JsonProperty("new") Long newArticles,
      Links links) {}

  /**
   * The routes over {@code store}, counting new articles with {@code arrivals}, open to requests
   * that carry {@code token} on a server started with {@code --host host}.
   */
  public SavedRoutes(
      SavedSearchStore store,
      Arrivals arrivals,
      String token,
      String host,
      ObjectMapper json,
      Clock clock) {
    this.store = store;
    this.arrivals = arrivals;
    this.guard = new WriteGuard(token, host);
    this.token = token;
    this.json = json;
    this.clock = clock;
  }

  /**
   * The search request of a saved search's query string, as {@code /api/search} would read it: for
   * the webhooks, which run outside any request.
   */
  public static SearchRequest request(String savedQuery) {
    return SavedQuery.request(savedQuery);
  }

  /**
   * Adds the routes. The list counts every saved search's new articles, a search each, so it takes
   * a slot of {@code heavy} as searches do (a change already made is never answered with a 503).
   */
  void register(RoutesConfig routes, HeavyRequests heavy) {
    routes.get(
        "/api/session",
        ctx -> {
          guard.checkSession(ctx);
          ctx.header("Cache-Control", "no-store");
          ctx.json(Map.of("token", token));
        });
    routes.get(
        "/api/saved",
        ctx -> {
          guard.check(ctx);
          List<View> views = new ArrayList<>();
          WebServer.bounded(
              heavy,
              () -> {
                for (SavedSearch s : store.list()) {
                  views.add(view(s));
                }
              });
          ctx.header("Cache-Control", "no-store");
          ctx.json(Map.of("saved", views));
        });
    routes.post(
        "/api/saved",
        ctx -> {
          guard.check(ctx);
          Draft draft = draft(ctx);
          String name = name(draft.name());
          String query = SavedQuery.canonical(draft.query());
          String webhook = webhook(draft.webhook());
          if (store.list().size() >= MAX_SAVED) {
            throw new InvalidQueryException(
                "At most " + MAX_SAVED + " searches can be saved; delete some first.");
          }
          SavedSearch saved = store.create(name, query, webhook, clock.instant(), arrivals.mark());
          ctx.status(HttpStatus.CREATED);
          ctx.header("Location", "/api/saved/" + saved.id());
          ctx.json(view(saved));
        });
    routes.delete(
        "/api/saved/{id}",
        ctx -> {
          guard.check(ctx);
          if (!store.delete(id(ctx))) {
            throw notFound(ctx);
          }
          ctx.status(HttpStatus.NO_CONTENT);
        });
    routes.post(
        "/api/saved/{id}/seen",
        ctx -> {
          guard.check(ctx);
          Optional<SavedSearch> seen = store.markSeen(id(ctx), clock.instant(), arrivals.mark());
          ctx.json(view(seen.orElseThrow(() -> notFound(ctx))));
        });
  }

  private View view(SavedSearch s) throws IOException {
    Long fresh;
    try {
      fresh = arrivals.countSince(SavedQuery.request(s.query()), s.seenMark());
    } catch (InvalidQueryException e) {
      // Saved by an archive that read it differently: listed, so it can still be deleted.
      LOG.warn("saved search {} cannot be read: {}", s.id(), e.getMessage());
      fresh = null;
    }
    String q = s.query().isEmpty() ? "" : "?" + s.query();
    return new View(
        s.id(),
        s.name(),
        s.query(),
        s.created(),
        s.lastSeen(),
        s.webhook(),
        fresh,
        new Links("/" + q, "/api/feed.atom" + q, "/api/feed.json" + q));
  }

  private Draft draft(Context ctx) {
    String body = ctx.body();
    if (body.length() > MAX_BODY) {
      throw new InvalidQueryException("The request body is too long for a saved search.");
    }
    Draft draft;
    try {
      draft = json.readValue(body, Draft.class);
    } catch (JsonProcessingException e) {
      draft = null;
    }
    if (draft == null) {
      throw new InvalidQueryException(
          "Send the saved search as JSON: {\"name\": \"...\", \"query\": \"q=...\"}.");
    }
    return draft;
  }

  private static String name(String given) {
    String name = given == null ? "" : given.replaceAll("\\p{Cntrl}", " ").strip();
    if (name.isEmpty()) {
      throw new InvalidQueryException("Give the saved search a name.");
    }
    if (name.length() > MAX_NAME) {
      throw new InvalidQueryException(
          "A saved search's name is at most " + MAX_NAME + " characters.");
    }
    return name;
  }

  /** The webhook URL, or null for none: an absolute http or https address. */
  private static String webhook(String given) {
    if (given == null || given.isBlank()) {
      return null;
    }
    String url = given.strip();
    String scheme;
    String host;
    try {
      URI uri = new URI(url);
      scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      host = uri.getHost();
    } catch (URISyntaxException e) {
      scheme = "";
      host = null;
    }
    if (url.length() > MAX_WEBHOOK
        || host == null
        || !(scheme.equals("http") || scheme.equals("https"))) {
      throw new InvalidQueryException(
          "The webhook must be an http:// or https:// address of at most "
              + MAX_WEBHOOK
              + " characters.");
    }
    return url;
  }

  private static long id(Context ctx) {
    String raw = ctx.pathParam("id");
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // not a number: no such saved search, as below
    }
    throw notFound(ctx);
  }

  private static ApiRefusal notFound(Context ctx) {
    return new ApiRefusal(
        HttpStatus.NOT_FOUND,
        "No saved search has the id '" + SearchParams.shorten(ctx.pathParam("id")) + "'.");
  }
}
