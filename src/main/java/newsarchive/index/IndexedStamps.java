package newsarchive.index;

import java.util.TreeSet;

/**
 * Hands out each new article's {@link Schema#INDEXED} value and knows the mark below which every
 * value handed out is already in the writer. Values rise strictly (the clock in microseconds, or
 * one more than the last when the clock has not moved on), so they order articles as they came and
 * tell any two apart. Thread-safe.
 */
final class IndexedStamps {
  private final TreeSet<Long> writing = new TreeSet<>();
  private long last;

  /** Stamps that start above {@code after}, the highest value the index already holds. */
  IndexedStamps(long after) {
    this.last = after;
  }

  /** A new value; {@link #written} must follow once the article is in the writer (or failed). */
  synchronized long issue() {
    last = Math.max(System.currentTimeMillis() * 1000, last + 1);
    writing.add(last);
    return last;
  }

  /** The article stamped {@code stamp} is in the writer, or will never be. */
  synchronized void written(long stamp) {
    writing.remove(stamp);
  }

  /**
   * Every value below the mark was handed out and is in the writer: the oldest still being written,
   * or one past the last when none is. It never goes down.
   */
  synchronized long mark() {
    return writing.isEmpty() ? last + 1 : writing.first();
  }
}
