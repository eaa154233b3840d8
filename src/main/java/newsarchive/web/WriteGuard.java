package newsarchive.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Guards what changes the archive (and the saved-search list, whose webhook URLs often carry a
 * secret). A request must:
 *
 * <ol>
 *   <li>name the server by an address no one else can point elsewhere ({@code Host}: an IP address,
 *       {@code localhost}, or the name the server was started on), which stops a web page from
 *       reaching it through a domain rebound to the loopback address;
 *   <li>not come from another site's page: a foreign {@code Origin}, or {@code Sec-Fetch-Site}
 *       other than {@code same-origin} or {@code none}, is a 403 with or without the token;
 *   <li>carry the token, as {@code Authorization: Bearer TOKEN} or {@code X-Archive-Token: TOKEN}
 *       (a 401 without it or with another).
 * </ol>
 *
 * The page gets the token from {@code GET /api/session}, which answers only requests the browser
 * marks as coming from the page's own origin. Immutable; thread-safe.
 */
final class WriteGuard {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Map<String, String> CHALLENGE =
      Map.of("WWW-Authenticate", "Bearer realm=\"news-archive\"");
  private final byte[] token;
  private final String hostName;

  /** A guard for {@code token}, on a server started with {@code --host hostName}. */
  WriteGuard(String token, String hostName) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("a write token is needed");
    }
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.hostName = hostName.toLowerCase(Locale.ROOT);
  }

  /** Refuses, with an {@link ApiRefusal}, a request that may not read or change saved searches. */
  void check(Context ctx) {
    sameSite(ctx);
    String given = given(ctx);
    if (given == null) {
      throw new ApiRefusal(
          HttpStatus.UNAUTHORIZED,
          "Saved searches need the archive's token (printed when the server started) as"
              + " 'Authorization: Bearer TOKEN' or 'X-Archive-Token: TOKEN'.",
          CHALLENGE);
    }
    if (!MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiRefusal(
          HttpStatus.UNAUTHORIZED,
          "The token is not the archive's; use the one printed when the server started.",
          CHALLENGE);
    }
  }

  /** Refuses a request for the token that does not come from the page itself. */
  void checkSession(Context ctx) {
    sameSite(ctx);
    if (!"same-origin".equals(ctx.header("Sec-Fetch-Site"))) {
      throw new ApiRefusal(
          HttpStatus.FORBIDDEN,
          "The token is given only to the archive's own page; other programs use the token"
              + " printed when the server started.");
    }
  }

  private void sameSite(Context ctx) {
    String host = ctx.header("Host");
    if (host == null || !trustedHost(host)) {
      throw new ApiRefusal(
          HttpStatus.FORBIDDEN,
          "Saved searches are reached only at the server's own address (such as 127.0.0.1 or"
              + " localhost), not through another name.");
    }
    String origin = ctx.header("Origin");
    String site = ctx.header("Sec-Fetch-Site");
    boolean foreignOrigin = origin != null && !origin.equals(ctx.scheme() + "://" + host);
    boolean foreignSite = site != null && !site.equals("same-origin") && !site.equals("none");
    if (foreignOrigin || foreignSite) {
      throw new ApiRefusal(
          HttpStatus.FORBIDDEN, "Requests from other sites cannot read or change saved searches.");
    }
  }

  /** Whether {@code host} (a Host header: name and optional port) is a name no one can rebind. */
  boolean trustedHost(String host) {
    String name = host.strip().toLowerCase(Locale.ROOT);
    if (name.startsWith("[")) {
      return name.indexOf(']') > 0; // an IPv6 literal
    }
    int colon = name.lastIndexOf(':');
    if (colon >= 0) {
      name = name.substring(0, colon);
    }
    return IPV4.matcher(name).matches() || name.equals("localhost") || name.equals(hostName);
  }

  private static String given(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return auth.substring(7).strip();
    }
    String header = ctx.header("X-Archive-Token");
    return header == null ? null : header.strip();
  }
}
