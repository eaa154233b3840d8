package newsarchive.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import newsarchive.search.Searcher;

/**
 * Cache headers of the API. A read-only answer depends on its address and on the index it was read
 * from, so its ETag is the index's version (with the server's start, so that a new release never
 * matches an answer the old one gave): a repeated request with {@code If-None-Match} gets 304 with
 * no work done while nothing was committed, and a new commit changes the tag. {@code Cache-Control:
 * no-cache} makes caches ask each time, since a commit may come at any moment. Every API answer
 * varies by {@code Accept-Encoding} (compressed or not), and by {@code Origin} when CORS is on.
 * Thread-safe.
 */
final class CacheHeaders {
  private final Searcher searcher;
  private final String started;
  private final String vary;

  CacheHeaders(Searcher searcher, boolean varyByOrigin) {
    this.searcher = searcher;
    this.started = Long.toString(System.currentTimeMillis(), 36);
    this.vary = varyByOrigin ? "Accept-Encoding, Origin" : "Accept-Encoding";
  }

  /** Runs before every /api request; answers 304 itself when the client's copy is current. */
  void before(Context ctx) throws IOException {
    ctx.header("Vary", vary);
    if (!ReadOnlyApi.reads(ctx)) {
      return;
    }
    // Read before the answer is made: the answer comes from this version or a later one, so a
    // client can hold an older tag with newer content, never a newer tag with older content.
    String tag = "W/\"" + searcher.indexVersion() + "-" + started + "\"";
    ctx.header("ETag", tag);
    ctx.header("Cache-Control", "no-cache");
    if (matches(ctx.header("If-None-Match"), tag)) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      ctx.skipRemainingHandlers();
    }
  }

  /** An error is no version of the resource: it gets no tag, and caches keep none of it. */
  static void forError(Context ctx) {
    ctx.res().setHeader("ETag", null);
    ctx.header("Cache-Control", "no-store");
  }

  /** If-None-Match's weak comparison: any listed tag, W/ or not, or "*". */
  static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) {
      return false;
    }
    String opaque = opaque(tag);
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::strip)
        .anyMatch(t -> t.equals("*") || opaque(t).equals(opaque));
  }

  private static String opaque(String tag) {
    return tag.toUpperCase(Locale.ROOT).startsWith("W/") ? tag.substring(2) : tag;
  }
}
