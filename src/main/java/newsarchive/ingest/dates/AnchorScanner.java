package newsarchive.ingest.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * Runs several {@link AnchoredMatches} over a text with one pass for all their anchors: a dozen
 * month names, weekdays and "ago"s, each looked for over the whole text, cost more than the
 * patterns run in the windows they find. Immutable and thread-safe.
 */
final class AnchorScanner {
  private static final int ASCII = 128;

  /** One anchor of one member, as the scan compares it. */
  private record Anchor(char[] chars, int member, boolean ignoreCase) {}

  private final List<AnchoredMatches> members;
  // The anchors by their first character (both cases when case is ignored).
  private final Anchor[][] byFirst = new Anchor[ASCII][];

  AnchorScanner(List<AnchoredMatches> members) {
    this.members = List.copyOf(members);
    for (int i = 0; i < this.members.size(); i++) {
      AnchoredMatches member = this.members.get(i);
      for (String word : member.anchors()) {
        Anchor anchor = new Anchor(word.toCharArray(), i, member.ignoreCase());
        char c = word.charAt(0);
        add(c, anchor);
        char other = lower(c) != c ? lower(c) : Character.toUpperCase(c);
        if (member.ignoreCase() && other != c) {
          add(other, anchor);
        }
      }
    }
  }

  private void add(char first, Anchor anchor) {
    Anchor[] known = byFirst[first];
    Anchor[] more = new Anchor[known == null ? 1 : known.length + 1];
    if (known != null) {
      System.arraycopy(known, 0, more, 0, known.length);
    }
    more[more.length - 1] = anchor;
    byFirst[first] = more;
  }

  /** What one scan of a text found. */
  static final class Found {
    private final List<AnchoredMatches> members;
    private final List<List<MatchResult>> matches;

    private Found(List<AnchoredMatches> members, List<List<MatchResult>> matches) {
      this.members = members;
      this.matches = matches;
    }

    /** The matches of {@code member}, one of the scanner's, in text order. */
    List<MatchResult> of(AnchoredMatches member) {
      for (int i = 0; i < members.size(); i++) {
        if (members.get(i) == member) {
          return matches.get(i);
        }
      }
      throw new IllegalArgumentException("not scanned for: " + member.pattern());
    }
  }

  /** Every member's matches in {@code text}. */
  Found in(String text) {
    List<List<int[]>> windows = windows(text);
    List<List<MatchResult>> out = new ArrayList<>(members.size());
    for (int i = 0; i < members.size(); i++) {
      out.add(members.get(i).in(text, windows.get(i)));
    }
    return new Found(members, out);
  }

  private List<List<int[]>> windows(String text) {
    List<List<int[]>> windows = new ArrayList<>(members.size());
    for (int i = 0; i < members.size(); i++) {
      windows.add(new ArrayList<>());
    }
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      Anchor[] candidates = c < ASCII ? byFirst[c] : null;
      if (candidates == null) {
        continue;
      }
      for (Anchor anchor : candidates) {
        if (matchesAt(text, i, anchor)) {
          AnchoredMatches member = members.get(anchor.member());
          int start = Math.max(0, i - member.before());
          int end = Math.min(n, i + anchor.chars().length + member.after());
          List<int[]> own = windows.get(anchor.member());
          if (!own.isEmpty() && start <= own.getLast()[1]) {
            own.getLast()[1] = Math.max(own.getLast()[1], end);
          } else {
            own.add(new int[] {start, end});
          }
        }
      }
    }
    return windows;
  }

  private static boolean matchesAt(String text, int at, Anchor anchor) {
    char[] word = anchor.chars();
    if (at + word.length > text.length()) {
      return false;
    }
    for (int k = 1; k < word.length; k++) {
      char c = text.charAt(at + k);
      if (c != word[k] && !(anchor.ignoreCase() && lower(c) == lower(word[k]))) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
