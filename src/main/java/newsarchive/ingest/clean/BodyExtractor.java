package newsarchive.ingest.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the article's text among a page's blocks. Each block gets a weight (positive for
 * sentence-like text, negative for link lists and labels); the element whose blocks weigh most is
 * the article's container; its blocks are then kept or dropped one by one. When the page states its
 * article text (JSON-LD) and that text is not cut short, agreement with it decides instead.
 * Stateless and thread-safe.
 */
final class BodyExtractor {
  /** Below this many words a stated article text is a teaser, not the article. */
  private static final int HINT_MIN_WORDS = 30;

  /** An element within this share of the heaviest one's weight is close enough to prefer. */
  private static final double NEAR_MAX = 0.85;

  /**
   * How far up from the container a lead may sit: within its parent, grandparent or
   * great-grandparent (a standfirst box in the article's header, beside the body's box).
   */
  private static final int LEAD_LEVELS = 3;

  /** A block of this many words reads as prose whether or not it ends like a sentence. */
  private static final int PROSE_WORDS = 12;

  /** The weight of a block that a path leaves out of the choice of container. */
  static final double UNCOUNTED = Double.NaN;

  private final BlockCollector collector = new BlockCollector(new NoiseFilter());
  private final BlockRefiner refiner = new BlockRefiner();
  private final NamedBlockScorer secondPath = new NamedBlockScorer();

  /** The article's paragraphs joined by blank lines; {@code hint} may be null. */
  String extract(Element body, ArticleBodyHint hint) {
    List<TextBlock> blocks = collector.collect(body);
    int n = blocks.size();
    double[] weights = new double[n];
    boolean[] content = new boolean[n];
    for (int i = 0; i < n; i++) {
      TextBlock b = blocks.get(i);
      // A block under a furniture name does not count on this path; it may still be a lead.
      weights[i] = b.isNamedFurniture() ? UNCOUNTED : weight(b);
      content[i] = isArticleText(b);
    }
    List<TextBlock> chosen = select(blocks, weights, content, body);
    if (hint != null && hint.words() >= HINT_MIN_WORDS) {
      for (int i = 0; i < n; i++) {
        TextBlock b = blocks.get(i);
        double overlap = hint.overlap(b.text());
        weights[i] = b.isNamedFurniture() ? UNCOUNTED : b.chars() * (2 * overlap - 1);
        content[i] = overlap >= 0.5;
      }
      List<TextBlock> stated = select(blocks, weights, content, body);
      // A stated text much shorter than the page's article is an excerpt; trust the page then.
      if (words(stated) >= 0.5 * words(chosen)) {
        chosen = stated;
      }
    }
    List<TextBlock> refined = refiner.refine(chosen);
    // A furniture-like class or id only lowers a block's weight on the second path: one word in a
    // CMS's class list must not cost the article.
    if (!secondPath.couldFindMore(blocks, refined)) {
      return paragraphs(refined);
    }
    List<TextBlock> second = refiner.refine(secondPath.select(blocks, body));
    return paragraphs(secondPath.prefer(second, refined) ? second : refined);
  }

  static List<TextBlock> select(
      List<TextBlock> blocks, double[] weights, boolean[] content, Element root) {
    Element container = heaviest(blocks, weights, root);
    boolean[] inside = new boolean[blocks.size()];
    boolean[] lead = new boolean[blocks.size()];
    int first = -1;
    for (int i = 0; i < blocks.size(); i++) {
      inside[i] = isInside(blocks.get(i).owner(), container);
      if (inside[i] && first < 0 && !Double.isNaN(weights[i])) {
        first = i;
      }
    }
    if (first >= 0 && container != root && container.parent() != root) {
      // A lead set apart above the body: prose right above the container, within an element a few
      // levels up, is the article's too. (Prose below it, tried too, brought in more teasers than
      // text.) The page's body holds everything, so being within it says nothing.
      Element around = container.parent();
      for (int up = 1; up < LEAD_LEVELS && around.parent() != root; up++) {
        around = around.parent();
      }
      extendUpwards(blocks, weights, content, inside, lead, around, first);
    }
    List<TextBlock> kept = new ArrayList<>();
    boolean previousKept = false;
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      if (!inside[i] || (Double.isNaN(weights[i]) && !lead[i])) {
        continue;
      }
      if (content[i]) {
        kept.add(b);
      } else if (previousKept && b.linkDensity() > 0.5 && introducesList(kept.getLast())) {
        // "More stories", "DON'T MISS": the label went with the link list it announced.
        kept.removeLast();
      }
      previousKept = content[i];
    }
    return kept;
  }

  /**
   * Marks as inside the run of prose blocks right above the container's first block that lie within
   * {@code around}; a short label between two ("Advertisement") does not end the run. A block the
   * path leaves uncounted (under a furniture name) joins when the name may hold a lead ("header",
   * "teaser") and is passed over otherwise. The run is judged by the blocks themselves, not by the
   * path's verdict: a page's stated text (JSON-LD) often leaves its standfirst out.
   */
  private static void extendUpwards(
      List<TextBlock> blocks,
      double[] weights,
      boolean[] content,
      boolean[] inside,
      boolean[] lead,
      Element around,
      int first) {
    for (int i = first - 1; i >= 0; i--) {
      TextBlock b = blocks.get(i);
      if (!isInside(b.owner(), around)) {
        return;
      }
      if (isArticleText(b) && isProse(b) && (!b.isNamedFurniture() || mayBeLead(b))) {
        inside[i] = true;
        lead[i] = true;
        content[i] = true;
      } else if (!Double.isNaN(weights[i]) && b.words() > 3) {
        return;
      }
    }
  }

  /**
   * A lead may sit in a box named for a header or a teaser, never in one named for a caption, a
   * credit, a byline or a share bar.
   */
  private static boolean mayBeLead(TextBlock b) {
    for (Element e : b.named()) {
      if (NoiseFilter.namesOthersText(e)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A sentence or more of plain text: what a lead or a continued body reads like. Twelve words are
   * prose even without a final stop, which subtitles often leave off; a kicker or a caption line is
   * shorter.
   */
  private static boolean isProse(TextBlock b) {
    return b.words() >= 8
        && b.linkDensity() <= 0.2
        && (b.endsLikeSentence() || b.words() >= PROSE_WORDS);
  }

  private static boolean introducesList(TextBlock b) {
    return b.words() <= 5 && !b.endsLikeSentence();
  }

  static double weight(TextBlock b) {
    double ld = b.linkDensity();
    if (ld > 0.5) {
      return -0.5 * b.chars();
    }
    if (b.chars() < 40 && !b.endsLikeSentence()) {
      return -0.3 * b.chars();
    }
    double w = b.chars() * (1 - ld);
    return b.tag().equals("p") ? w : 0.7 * w;
  }

  private static boolean isArticleText(TextBlock b) {
    return b.linkDensity() <= 0.5 && !b.tag().equals("h1");
  }

  /** The deepest element whose blocks weigh nearly as much as the heaviest element's. */
  static Element heaviest(List<TextBlock> blocks, double[] weights, Element root) {
    Map<Element, Double> sums = new IdentityHashMap<>();
    List<Element> order = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (Double.isNaN(weights[i])) {
        continue;
      }
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
    double max = Double.NEGATIVE_INFINITY;
    for (Element e : order) {
      max = Math.max(max, sums.get(e));
    }
    // The deepest element that comes close to the maximum: an outer element that adds little
    // weight mostly adds furniture.
    Element best = root;
    int bestDepth = -1;
    for (Element e : order) {
      double s = sums.get(e);
      if (s >= NEAR_MAX * max) {
        int depth = depth(e, root);
        if (depth > bestDepth || (depth == bestDepth && s > sums.get(best))) {
          best = e;
          bestDepth = depth;
        }
      }
    }
    return best;
  }

  private static int depth(Element e, Element root) {
    int d = 0;
    for (Element x = e; x != root && x != null; x = x.parent()) {
      d++;
    }
    return d;
  }

  static boolean isInside(Element e, Element container) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == container) {
        return true;
      }
    }
    return false;
  }

  static int words(List<TextBlock> blocks) {
    int n = 0;
    for (TextBlock b : blocks) {
      n += b.words();
    }
    return n;
  }

  /** One paragraph per block, and per line of a block broken with {@code <br>}. */
  private static String paragraphs(List<TextBlock> blocks) {
    StringBuilder out = new StringBuilder();
    for (TextBlock b : blocks) {
      for (String line : b.text().split("\n")) {
        String s = line.strip();
        if (!s.isEmpty()) {
          if (out.length() > 0) {
            out.append("\n\n");
          }
          out.append(s);
        }
      }
    }
    return out.toString();
  }
}
