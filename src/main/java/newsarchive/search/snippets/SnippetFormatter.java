package newsarchive.search.snippets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the highlighter's passages as {@link Snippet}s: best first, text HTML-escaped, each match
 * wrapped in {@code <mark>}, long sentences trimmed around their first match, and the paragraph
 * each passage starts in. Thread-safe.
 */
final class SnippetFormatter extends PassageFormatter {
  private static final int MAX_CHARS = 320;

  @Override
  public Object format(Passage[] passages, String content) {
    Passage[] best = passages.clone();
    // A stable sort keeps text order among equal scores (the no-match summary case).
    Arrays.sort(best, Comparator.comparingDouble((Passage p) -> -p.getScore()));
    List<Snippet> out = new ArrayList<>(best.length);
    for (Passage p : best) {
      out.add(new Snippet(html(p, content), paragraphOf(content, p.getStartOffset())));
    }
    return out;
  }

  private static String html(Passage p, String content) {
    int start = p.getStartOffset();
    int end = p.getEndOffset();
    if (end - start > MAX_CHARS) {
      int firstMatch = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : start;
      start = Math.max(start, wordStart(content, firstMatch - MAX_CHARS / 3));
      end = Math.min(end, start + MAX_CHARS);
    }
    StringBuilder html = new StringBuilder();
    if (start > p.getStartOffset()) {
      html.append('…');
    }
    int at = start;
    for (int i = 0; i < p.getNumMatches(); i++) {
      int ms = Math.max(p.getMatchStarts()[i], at);
      int me = Math.min(p.getMatchEnds()[i], end);
      if (me <= ms) {
        continue;
      }
      escape(content, at, ms, html);
      html.append("<mark>");
      escape(content, ms, me, html);
      html.append("</mark>");
      at = me;
    }
    escape(content, at, end, html);
    if (end < p.getEndOffset()) {
      html.append('…');
    }
    return html.toString().strip();
  }

  private static int wordStart(String content, int i) {
    int at = Math.max(0, i);
    while (at > 0 && !Character.isWhitespace(content.charAt(at - 1))) {
      at--;
    }
    return at;
  }

  /** Paragraphs are separated by a blank line; the paragraph index counts those before. */
  static int paragraphOf(String content, int offset) {
    int paragraph = 0;
    for (int i = content.indexOf("\n\n");
        i >= 0 && i < offset;
        i = content.indexOf("\n\n", i + 2)) {
      paragraph++;
      while (i + 2 < content.length() && content.charAt(i + 2) == '\n') {
        i++;
      }
    }
    return paragraph;
  }

  private static void escape(String s, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n', '\r', '\t' -> out.append(' ');
        default -> out.append(c);
      }
    }
  }
}
