package newsarchive.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque {@code after=} token: the sort values of the last hit shown (score or date, then id),
 * and a short hash of the search it belongs to (words, filters, order). Ids break every tie, so a
 * cursor stays valid while new articles arrive; the hash turns a cursor pasted onto another search,
 * which would silently skip that search's first hits, into a clear error. Stateless.
 */
final class Cursor {
  private static final String DAMAGED = "The 'after' cursor is damaged; start again from page 1.";

  private Cursor() {}

  static String encode(SearchRequest search, SortOrder sort, FieldDoc last) {
    Object primary = last.fields[0];
    String id = ((BytesRef) last.fields[1]).utf8ToString();
    String value =
        sort == SortOrder.RELEVANCE
            ? Integer.toString(Float.floatToIntBits((Float) primary))
            : Long.toString((Long) primary);
    String raw = sort.name().charAt(0) + ":" + value + ":" + id + ":" + searchHash(search, sort);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static FieldDoc decode(SearchRequest search, SortOrder sort, String token) {
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException(DAMAGED);
    }
    String[] parts = raw.split(":", 4);
    if (parts.length < 3 || !parts[2].matches("[0-9a-f]{16}")) {
      throw new InvalidQueryException(DAMAGED);
    }
    if (parts[0].length() != 1 || parts[0].charAt(0) != sort.name().charAt(0)) {
      throw new InvalidQueryException(
          "The 'after' cursor belongs to another sort order or is damaged.");
    }
    // A cursor made before cursors carried their search's hash has three parts: it is refused as
    // well, since which search it came from cannot be told.
    if (parts.length != 4 || !parts[3].equals(searchHash(search, sort))) {
      throw new InvalidQueryException(
          "The 'after' cursor belongs to another search (other words or filters); start again"
              + " from page 1.");
    }
    try {
      Object primary =
          sort == SortOrder.RELEVANCE
              ? (Object) Float.intBitsToFloat(Integer.parseInt(parts[1]))
              : (Object) Long.parseLong(parts[1]);
      return new FieldDoc(
          Integer.MAX_VALUE, Float.NaN, new Object[] {primary, new BytesRef(parts[2])});
    } catch (NumberFormatException e) {
      throw new InvalidQueryException(DAMAGED);
    }
  }

  /**
   * What makes two requests the same list of hits: the query as read, exactness, the order, and
   * every filter (values within a facet in any order, as they match the same). Page, size and the
   * facets counted do not change the list, so a cursor survives them. 48 bits of SHA-256: enough
   * that a cursor from another search is caught, short enough to keep links short.
   */
  static String searchHash(SearchRequest r, SortOrder sort) {
    List<String> parts = new ArrayList<>();
    parts.add(r.query());
    parts.add(Boolean.toString(r.exact()));
    parts.add(sort.name());
    parts.add(sorted(r.factions()));
    parts.add(sorted(r.locations()));
    parts.add(sorted(r.countries()));
    parts.add(sorted(r.sites()));
    for (String dim : SearchRequest.SELECTABLE) {
      parts.add(r.allOf(dim) + sorted(r.excluded(dim)));
    }
    parts.add(String.valueOf(r.from()));
    parts.add(String.valueOf(r.to()));
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      // Each part is written with its length, so no value can pass for two.
      for (String p : parts) {
        sha.update((p.length() + "#" + p).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String sorted(List<String> values) {
    StringBuilder out = new StringBuilder();
    values.stream().sorted().forEach(v -> out.append(v.length()).append('#').append(v));
    return out.toString();
  }
}
