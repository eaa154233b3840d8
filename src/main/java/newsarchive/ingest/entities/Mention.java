package newsarchive.ingest.entities;

import java.util.Objects;

/**
 * One place in an article body where an entity is named: UTF-16 offsets into the body ({@code
 * String} indices, end exclusive) and the text found there. Immutable.
 */
public record Mention(int start, int end, String text) {
  public Mention {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention offsets " + start + ".." + end);
    }
  }
}
