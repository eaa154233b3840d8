package newsarchive.tools.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The fixed split of every development set into a part we look at and a part we only score, by a
 * hash of each item's name (a page's file name, an article's id in its corpus): the same name is
 * always on the same side, whatever else the set holds. A rule that lifts the looked-at part and
 * not the scored one was fitted to the pages in view. About half of each set falls on each side.
 * Stateless.
 */
public final class DevSplit {
  /** The two parts of a development set. */
  public enum Part {
    /** Pages whose failures we read and reason about. */
    LOOK,
    /** Pages only ever counted, never read while changing the extractor. */
    SCORE
  }

  private DevSplit() {}

  /** The part {@code name} falls in: the low bit of the first byte of its SHA-256. */
  public static Part of(String name) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return (hash[0] & 1) == 0 ? Part.LOOK : Part.SCORE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
