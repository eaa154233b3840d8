package newsarchive.search;

import java.util.List;

/**
 * A query the user may run instead of theirs: {@code kind} "spellings" adds other spellings of a
 * name the archive holds (Salamah → Salameh), "didYouMean" replaces words the archive barely knows
 * by ones it holds. {@code text} is the offer as the page shows it, {@code query} the query to run,
 * {@code words} the spellings or words offered. Immutable.
 */
public record Suggestion(String kind, String text, String query, List<String> words) {
  public Suggestion {
    words = List.copyOf(words);
  }
}
