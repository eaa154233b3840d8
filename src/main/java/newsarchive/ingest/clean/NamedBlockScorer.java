package newsarchive.ingest.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The extractor's second path, built differently from the first: every block counts, including
 * those inside elements whose class or id names furniture ("status-publish", "widget", "rail"),
 * whose weight is only lowered. The heaviest element is the container; inside it, a furniture-named
 * part is dropped unless it holds most of the container's text (then it is the article under a
 * CMS's name, not a share bar or a caption); when that drops every part, the names were the
 * article's own and all parts stay. Comment threads are dropped whatever their size. The result is
 * preferred to the first path's when that found much less text. Stateless and thread-safe.
 */
final class NamedBlockScorer {
  /** Weight kept by a block inside a furniture-named element. */
  private static final double NAMED_WEIGHT = 0.5;

  /** Weight kept by a block inside a comment thread: readers' text, seldom the article. */
  private static final double THREAD_WEIGHT = 0.1;

  /** A furniture-named part holding more than this share of the container's text is its article. */
  private static final double ARTICLE_SHARE = 0.5;

  /** The second path wins when the first found less than this share of its words. */
  private static final double FIRST_PATH_SHORT = 0.5;

  List<TextBlock> select(List<TextBlock> blocks, Element root) {
    int n = blocks.size();
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      TextBlock b = blocks.get(i);
      double w = BodyExtractor.weight(b);
      if (w > 0 && b.isNamedFurniture()) {
        w *= inThread(b) ? THREAD_WEIGHT : NAMED_WEIGHT;
      }
      weights[i] = w;
    }
    Element container = BodyExtractor.heaviest(blocks, weights, root);
    // The text each furniture-named part inside the container holds.
    Map<Element, Integer> partChars = new IdentityHashMap<>();
    int containerChars = 0;
    List<Element> parts = new ArrayList<>(n);
    for (TextBlock b : blocks) {
      Element part = null;
      if (BodyExtractor.isInside(b.owner(), container) && !inThread(b)) {
        containerChars += b.chars();
        part = namedPartInside(b, container);
        if (part != null) {
          partChars.merge(part, b.chars(), Integer::sum);
        }
      }
      parts.add(part);
    }
    boolean[] content = new boolean[n];
    for (int i = 0; i < n; i++) {
      TextBlock b = blocks.get(i);
      Element part = parts.get(i);
      boolean keepPart =
          part == null
              ? !inThread(b)
              : !isThread(part) && partChars.get(part) > ARTICLE_SHARE * containerChars;
      content[i] = keepPart && b.linkDensity() <= 0.5 && !b.tag().equals("h1");
    }
    List<TextBlock> kept = BodyExtractor.select(blocks, weights, content, root);
    if (kept.isEmpty()) {
      // Every part of the container was furniture-named and dropped: the names were those of the
      // article's own parts ("TestReport__Section--Ads"). Only comment threads stay out then.
      for (int i = 0; i < n; i++) {
        TextBlock b = blocks.get(i);
        content[i] = !inThread(b) && b.linkDensity() <= 0.5 && !b.tag().equals("h1");
      }
      kept = BodyExtractor.select(blocks, weights, content, root);
    }
    return kept;
  }

  /**
   * Whether the second path could find enough more than the first to be preferred: a cheap bound
   * (every block that could be article text) that spares most pages the second path's cost.
   */
  boolean couldFindMore(List<TextBlock> blocks, List<TextBlock> first) {
    int bound = 0;
    for (TextBlock b : blocks) {
      if (b.linkDensity() <= 0.5 && !inThread(b)) {
        bound += b.words();
      }
    }
    return BodyExtractor.words(first) < FIRST_PATH_SHORT * bound;
  }

  /** Whether the second path's text should replace the first path's. */
  boolean prefer(List<TextBlock> second, List<TextBlock> first) {
    int a = BodyExtractor.words(first);
    int b = BodyExtractor.words(second);
    return a < FIRST_PATH_SHORT * b;
  }

  /** The outermost furniture-named element around the block strictly inside the container. */
  private static Element namedPartInside(TextBlock b, Element container) {
    for (Element e : b.named()) {
      if (e != container && BodyExtractor.isInside(e, container)) {
        return e;
      }
    }
    return null;
  }

  private static boolean inThread(TextBlock b) {
    for (Element e : b.named()) {
      if (isThread(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isThread(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
    return names.contains("comment") || names.contains("disqus");
  }
}
