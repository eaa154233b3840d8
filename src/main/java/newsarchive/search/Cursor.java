package newsarchive.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque {@code after=} token: the sort values of the last hit shown (score or date, then id).
 * Ids break every tie, so a cursor stays valid while new articles arrive. Stateless.
 */
final class Cursor {
  private Cursor() {}

  static String encode(SortOrder sort, FieldDoc last) {
    Object primary = last.fields[0];
    String id = ((BytesRef) last.fields[1]).utf8ToString();
    String value =
        sort == SortOrder.RELEVANCE
            ? Integer.toString(Float.floatToIntBits((Float) primary))
            : Long.toString((Long) primary);
    String raw = sort.name().charAt(0) + ":" + value + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static FieldDoc decode(SortOrder sort, String token) {
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    String[] parts = raw.split(":", 3);
    if (parts.length != 3 || !parts[2].matches("[0-9a-f]{16}")) {
      throw invalid();
    }
    if (parts[0].length() != 1 || parts[0].charAt(0) != sort.name().charAt(0)) {
      throw new InvalidQueryException(
          "The 'after' cursor belongs to another sort order or is damaged.");
    }
    try {
      Object primary =
          sort == SortOrder.RELEVANCE
              ? (Object) Float.intBitsToFloat(Integer.parseInt(parts[1]))
              : (Object) Long.parseLong(parts[1]);
      return new FieldDoc(
          Integer.MAX_VALUE, Float.NaN, new Object[] {primary, new BytesRef(parts[2])});
    } catch (NumberFormatException e) {
      throw invalid();
    }
  }

  private static InvalidQueryException invalid() {
    return new InvalidQueryException("The 'after' cursor is damaged; start again from page 1.");
  }
}
