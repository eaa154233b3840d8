package newsarchive.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-origin reading of the read-only API by the sites the user allows ({@code serve
 * --cors-origin}): their GET and HEAD requests get {@code Access-Control-Allow-Origin} with their
 * own origin, and their preflights (OPTIONS) are answered. Other origins, and every address outside
 * the read-only API, get no CORS headers at all, so a browser keeps them from reading. Immutable
 * and thread-safe.
 */
public final class Cors {
  static final String ALLOWED_METHODS = "GET, HEAD";
  // If-None-Match lets a cross-origin client revalidate with the ETag it was shown.
  static final String ALLOWED_HEADERS = "Accept, If-None-Match, Cache-Control";
  static final String EXPOSED_HEADERS = "ETag, Content-Disposition, Retry-After";
  private static final int PREFLIGHT_MAX_AGE_S = 600;
  private final Set<String> origins;

  private Cors(Set<String> origins) {
    this.origins = Set.copyOf(origins);
  }

  /** No cross-origin reading: the default. */
  public static Cors none() {
    return new Cors(Set.of());
  }

  /**
   * Cross-origin reading by {@code origins}, each written as a browser sends it ({@code
   * https://example.org}, {@code http://localhost:3000}).
   *
   * @throws IllegalArgumentException naming the first value that is not such an origin
   */
  public static Cors allowing(List<String> origins) {
    Set<String> out = new LinkedHashSet<>();
    for (String o : origins) {
      out.add(origin(o));
    }
    return new Cors(out);
  }

  /** Whether any origin is allowed. */
  boolean on() {
    return !origins.isEmpty();
  }

  /** Runs before every /api request. */
  void before(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || !origins.contains(origin.toLowerCase(Locale.ROOT))) {
      return;
    }
    boolean preflight =
        ctx.method() == HandlerType.OPTIONS
            && ctx.header("Access-Control-Request-Method") != null
            && ReadOnlyApi.covers(ctx.path());
    if (preflight) {
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
      ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
      ctx.header("Access-Control-Max-Age", String.valueOf(PREFLIGHT_MAX_AGE_S));
      // Answered here, before the cache headers of other answers are set.
      ctx.header("Vary", "Origin");
      ctx.status(HttpStatus.NO_CONTENT);
      ctx.skipRemainingHandlers();
    } else if (ReadOnlyApi.reads(ctx)) {
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }
  }

  /** {@code value} as browsers write an origin: scheme, host, and a port only when not default. */
  private static String origin(String value) {
    String bad =
        "--cors-origin takes an origin such as https://example.org (scheme, host and port"
            + " only), not '"
            + value
            + "'";
    URI uri;
    try {
      uri = new URI(value.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(bad, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean bare =
        (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
            && uri.getRawQuery() == null
            && uri.getRawFragment() == null
            && uri.getRawUserInfo() == null;
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
      throw new IllegalArgumentException(bad);
    }
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    return scheme
        + "://"
        + uri.getHost().toLowerCase(Locale.ROOT)
        + (defaultPort ? "" : ":" + port);
  }
}
