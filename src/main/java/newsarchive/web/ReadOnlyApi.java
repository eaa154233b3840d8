package newsarchive.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * The read-only part of the API: the addresses that only read the index, which caches may keep
 * (tagged with the index's version) and which other sites may read when the user allows them
 * (CORS). Anything not listed here, such as an endpoint that writes, gets neither. Stateless.
 */
final class ReadOnlyApi {
  private static final List<String> EXACT =
      List.of(
          "/api/search", "/api/export", "/api/feed.atom", "/api/feed.json", "/api/openapi.json");
  private static final List<String> UNDER = List.of("/api/articles/", "/api/facets/");

  private ReadOnlyApi() {}

  /** Whether {@code path} is one of the read-only API's addresses. */
  static boolean covers(String path) {
    return EXACT.contains(path) || UNDER.stream().anyMatch(path::startsWith);
  }

  /** Whether the request reads the read-only API: a GET or HEAD of one of its addresses. */
  static boolean reads(Context ctx) {
    return (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD)
        && covers(ctx.path());
  }
}
