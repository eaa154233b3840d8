package newsarchive.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the article's text among a page's blocks. Each block gets a weight (positive for
 * sentence-like text, negative for link lists and labels); the element whose blocks weigh most is
 * the article's container; its blocks are then kept or dropped one by one. When the page states its
 * article text (JSON-LD), agreement with that text decides instead. Stateless and thread-safe.
 */
final class BodyExtractor {
  private final BlockCollector collector = new BlockCollector(new NoiseFilter());

  String extract(Element body, ArticleBodyHint hint) {
    List<TextBlock> blocks = collector.collect(body);
    boolean useHint = hint != null && hint.words() >= 30;
    double[] weights = new double[blocks.size()];
    double[] overlaps = new double[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      if (useHint) {
        overlaps[i] = hint.overlap(b.text());
        weights[i] = b.chars() * (2 * overlaps[i] - 1);
      } else {
        weights[i] = weight(b);
      }
    }
    Element container = heaviest(blocks, weights, body);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      if (!isInside(b.owner(), container)) {
        continue;
      }
      boolean keep = useHint ? overlaps[i] >= 0.5 : isArticleText(b);
      if (keep) {
        kept.add(b.text());
      }
    }
    return String.join("\n\n", kept);
  }

  static double weight(TextBlock b) {
    double ld = b.linkDensity();
    if (ld > 0.5) {
      return -b.chars();
    }
    if (b.chars() < 40 && !b.endsLikeSentence()) {
      return -0.3 * b.chars();
    }
    double w = b.chars() * (1 - ld);
    return b.tag().equals("p") ? w : 0.7 * w;
  }

  private static boolean isArticleText(TextBlock b) {
    if (b.linkDensity() > 0.5 || b.tag().equals("h1")) {
      return false;
    }
    return true;
  }

  /** The element whose blocks weigh most; on a tie the deeper one. */
  private static Element heaviest(List<TextBlock> blocks, double[] weights, Element root) {
    Map<Element, Double> sums = new IdentityHashMap<>();
    List<Element> order = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      for (Element e = blocks.get(i).owner(); e != null; e = e.parent()) {
        Double old = sums.put(e, sums.getOrDefault(e, 0.0) + weights[i]);
        if (old == null) {
          order.add(e);
        }
        if (e == root) {
          break;
        }
      }
    }
    Element best = root;
    double bestSum = Double.NEGATIVE_INFINITY;
    for (Element e : order) {
      double s = sums.get(e);
      if (s > bestSum) {
        best = e;
        bestSum = s;
      }
    }
    return best;
  }

  private static boolean isInside(Element e, Element container) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == container) {
        return true;
      }
    }
    return false;
  }
}
