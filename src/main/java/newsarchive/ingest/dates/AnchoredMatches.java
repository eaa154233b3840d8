package newsarchive.ingest.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern to run only near the words it cannot match without ("ago", "yesterday", a weekday or
 * month name), which an {@link AnchorScanner} finds with plain comparisons: a regular expression
 * that starts with a look-behind or a choice is otherwise tried at every position of a long text.
 * The windows are wide enough for the longest match, and look-arounds see past them, so the matches
 * are the ones a full scan finds. Immutable and thread-safe.
 *
 * @param anchors words one of which every match contains (ASCII)
 * @param ignoreCase whether anchors match in any ASCII case, as the pattern's {@code (?i)} does
 * @param before how far a match may start before its anchor
 * @param after how far a match may end after its anchor's end
 */
record AnchoredMatches(
    Pattern pattern, List<String> anchors, boolean ignoreCase, int before, int after) {

  AnchoredMatches {
    anchors = List.copyOf(anchors);
    for (String anchor : anchors) {
      if (anchor.isEmpty() || !anchor.chars().allMatch(c -> c < 128)) {
        throw new IllegalArgumentException("anchors are ASCII words: " + anchor);
      }
    }
  }

  /** Every match within {@code windows} (sorted, apart) of {@code text}, in text order. */
  List<MatchResult> in(String text, List<int[]> windows) {
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
}
