package newsarchive.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Trims the blocks chosen as an article: labels left over from removed widgets ("Advertisement",
 * "Topics"), headings with nothing under them, date and byline lines before the first paragraph,
 * and copyright lines. A standfirst stays, even when it repeats the page's description: it is the
 * article's own first paragraph. Stateless and thread-safe.
 */
final class BlockRefiner {
  /** Block elements in which a short text is still part of the article's own flow. */
  private static final Set<String> FLOW_TAGS =
      Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "dt", "dd", "blockquote", "pre");

  List<TextBlock> refine(List<TextBlock> blocks) {
    List<TextBlock> out = new ArrayList<>();
    for (TextBlock b : blocks) {
      if (!isLabel(b) && !isCopyright(b)) {
        out.add(b);
      }
    }
    dropLeadingLines(out);
    dropOrphanHeadings(out);
    return out;
  }

  /** A word or three outside the text's flow: the caption of a widget that was removed. */
  private static boolean isLabel(TextBlock b) {
    return b.words() <= 3 && !b.endsLikeSentence() && !FLOW_TAGS.contains(b.tag());
  }

  private static boolean isCopyright(TextBlock b) {
    return b.words() < 30 && (b.text().contains("©") || b.text().startsWith("Copyright"));
  }

  /** A line that reads as a heading, whatever its tag. */
  private static boolean isHeadingLike(TextBlock b) {
    return b.isHeading() || (b.words() <= 6 && !b.endsLikeSentence());
  }

  /** Dates, bylines and reading times above the first paragraph. */
  private static void dropLeadingLines(List<TextBlock> blocks) {
    while (blocks.size() > 1) {
      TextBlock first = blocks.get(0);
      if (first.words() >= 10 || first.endsLikeSentence() || first.isHeading()) {
        return;
      }
      blocks.remove(0);
    }
  }

  /**
   * Headings followed by nothing, or by a heading of the same or a higher rank: their section was
   * furniture.
   */
  private static void dropOrphanHeadings(List<TextBlock> blocks) {
    for (int i = blocks.size() - 1; i >= 0; i--) {
      TextBlock b = blocks.get(i);
      boolean last = i == blocks.size() - 1;
      if (last ? isHeadingLike(b) : b.isHeading() && closesSection(b, blocks.get(i + 1))) {
        blocks.remove(i);
      }
    }
  }

  private static boolean closesSection(TextBlock heading, TextBlock next) {
    return next.isHeading() && next.tag().charAt(1) <= heading.tag().charAt(1);
  }
}
