package newsarchive.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only near the words it cannot match without ("ago", "yesterday", a weekday or
 * month name), found with plain string search: a regular expression that starts with a look-behind
 * or a choice is otherwise tried at every position of a long text. The windows are wide enough for
 * the longest match, and look-arounds see past them, so the matches are the ones a full scan finds.
 * Immutable and thread-safe.
 */
final class AnchoredMatches {
  private final Pattern pattern;
  private final boolean ignoreCase;
  private final int before;
  private final int after;
  private static final int ASCII = 128;
  // The anchors by their first character (both cases when case is ignored), for one pass.
  private final String[][] byFirst;

  /**
   * @param anchors words one of which every match contains (ASCII)
   * @param before how far a match may start before its anchor
   * @param after how far a match may end after its anchor's end
   */
  AnchoredMatches(
      Pattern pattern, List<String> anchors, boolean ignoreCase, int before, int after) {
    this.pattern = pattern;
    this.ignoreCase = ignoreCase;
    this.before = before;
    this.after = after;
    this.byFirst = new String[ASCII][];
    for (String anchor : anchors) {
      char c = anchor.charAt(0);
      if (c >= ASCII) {
        throw new IllegalArgumentException("anchors are ASCII: " + anchor);
      }
      char[] firsts =
          ignoreCase
              ? new char[] {Character.toLowerCase(c), Character.toUpperCase(c)}
              : new char[] {c};
      for (char first : firsts) {
        String[] known = byFirst[first] == null ? new String[0] : byFirst[first];
        if (!Arrays.asList(known).contains(anchor)) {
          String[] more = Arrays.copyOf(known, known.length + 1);
          more[known.length] = anchor;
          byFirst[first] = more;
        }
      }
    }
  }

  /** Every match in {@code text}, in text order. */
  List<MatchResult> in(String text) {
    List<int[]> windows = windows(text);
    List<MatchResult> out = new ArrayList<>();
    if (windows.isEmpty()) {
      return out;
    }
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int last = 0;
    for (int[] w : windows) {
      int from = Math.max(w[0], last);
      while (from < w[1]) {
        m.region(from, w[1]);
        if (!m.find()) {
          break;
        }
        out.add(m.toMatchResult());
        last = m.end();
        from = m.end() > m.start() ? m.end() : m.end() + 1;
      }
    }
    return out;
  }

  private List<int[]> windows(String text) {
    // One pass over the text for every anchor at once: a dozen month names, each searched for
    // over the whole text, cost more than the patterns run in the windows they find.
    List<int[]> hits = new ArrayList<>();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= ASCII || byFirst[c] == null) {
        continue;
      }
      for (String anchor : byFirst[c]) {
        if (text.regionMatches(ignoreCase, i, anchor, 0, anchor.length())) {
          hits.add(new int[] {Math.max(0, i - before), Math.min(n, i + anchor.length() + after)});
        }
      }
    }
    List<int[]> merged = new ArrayList<>();
    for (int[] h : hits) {
      if (!merged.isEmpty() && h[0] <= merged.getLast()[1]) {
        merged.getLast()[1] = Math.max(merged.getLast()[1], h[1]);
      } else {
        merged.add(h);
      }
    }
    return merged;
  }
}
