package newsarchive.ingest.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a page body once and cuts its visible text into {@link TextBlock}s at block-level
 * boundaries and line breaks, leaving out what {@link NoiseFilter} calls furniture by its kind
 * (tags, hidden, roles). Elements named like furniture (class or id) are walked too: their blocks
 * carry the names, for the extractor to weigh, since a page may give its article container such a
 * name. Reads the DOM without changing it. Stateless and thread-safe; each call builds its own
 * state.
 */
final class BlockCollector {
  private static final Set<String> INLINE_TAGS =
      Set.of(
          "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
          "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
          "wbr", "ins", "del", "big", "tt", "strike", "nobr", "acronym", "label", "img");

  /**
   * Share of the page's paragraph text that proves a furniture-named element is the article: half
   * or more, so that only one element can claim it (at two fifths, a sidebar's form notice on a
   * page with a short article could).
   */
  private static final double ARTICLE_SHARE = 0.5;

  private final NoiseFilter noise;

  BlockCollector(NoiseFilter noise) {
    this.noise = noise;
  }

  List<TextBlock> collect(Element root) {
    Walk walk = new Walk(root, paragraphChars(root));
    NodeTraversor.filter(walk, root);
    walk.flush();
    return walk.blocks;
  }

  /** Custom elements (a hyphen in the name) flow with the text inside a paragraph. */
  static boolean isInline(Element e) {
    String tag = e.normalName();
    if (INLINE_TAGS.contains(tag)) {
      return true;
    }
    if (tag.indexOf('-') < 0) {
      return false;
    }
    Element parent = e.parent();
    return parent != null && (parent.normalName().equals("p") || isInline(parent));
  }

  /**
   * A hover card or link box tucked inside a sentence: an inline element that is nothing but
   * several links. Its words are not the sentence's.
   */
  private static boolean isInlineLinkBox(Element e) {
    if (e.childrenSize() < 3 || e.normalName().equals("a")) {
      return false;
    }
    int links = 0;
    int linkChars = 0;
    for (Element child : e.children()) {
      if (child.normalName().equals("a")) {
        links++;
        linkChars += child.text().length();
      }
    }
    return links >= 3 && linkChars >= 0.8 * e.text().length();
  }

  private static int paragraphChars(Element root) {
    int n = 0;
    for (Element p : root.getElementsByTag("p")) {
      n += p.text().length();
    }
    return n;
  }

  private final class Walk implements NodeFilter {
    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<Element> open = new ArrayDeque<>();

    /** Open elements named like furniture, innermost first. */
    private final Deque<Element> named = new ArrayDeque<>();

    private List<Element> blockNamed = List.of();
    private boolean namedChanged;
    private final StringBuilder text = new StringBuilder();
    private final Element root;
    private final int pageParagraphChars;
    private Element owner;
    private int chars;
    private int linkChars;
    private int words;
    private boolean inWord;
    private int linkDepth;

    Walk(Element root, int pageParagraphChars) {
      this.root = root;
      this.pageParagraphChars = pageParagraphChars;
      open.push(root);
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e) || e == root) {
        return FilterResult.CONTINUE;
      }
      if (isFurniture(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = e.normalName();
      if (tag.equals("br")) {
        lineBreak();
      } else if (tag.equals("a")) {
        linkDepth++;
      } else if (!isInline(e)) {
        flush();
        open.push(e);
        if (isNamedFurniture(e)) {
          named.push(e);
          namedChanged = true;
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e && e != root) {
        if (e.normalName().equals("a")) {
          linkDepth--;
        } else if (!isInline(e) && !e.normalName().equals("br")) {
          flush();
          open.pop();
          if (named.peek() == e) {
            named.pop();
            namedChanged = true;
          }
        }
      }
      return FilterResult.CONTINUE;
    }

    private boolean isFurniture(Element e) {
      if (noise.isNoiseByKind(e)) {
        return true;
      }
      if (isInline(e)) {
        return noise.isHiddenText(e) || isInlineLinkBox(e);
      }
      return false;
    }

    private boolean isNamedFurniture(Element e) {
      boolean header = e.normalName().equals("header");
      if (!header && (!noise.isNoiseByName(e) || e.normalName().equals("article"))) {
        return false;
      }
      // A page may name its article container after something it holds ("post has-comments");
      // an element holding most of the page's paragraph text is the article, whatever its name.
      // Inside an element already so named the blocks are marked anyway: no need to count.
      return !named.isEmpty()
          || pageParagraphChars == 0
          || paragraphChars(e) < ARTICLE_SHARE * pageParagraphChars;
    }

    private void append(String raw) {
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (isInvisible(c)) {
          continue;
        }
        if (Character.isWhitespace(c) || c == '\u00a0') {
          if (text.length() > 0 && !endsWithSpace()) {
            text.append(' ');
          }
          inWord = false;
          continue;
        }
        if (text.length() == 0) {
          owner = open.peek();
          if (namedChanged) {
            blockNamed = named.isEmpty() ? List.of() : List.copyOf(named.reversed());
            namedChanged = false;
          }
        }
        text.append(c);
        chars++;
        if (linkDepth > 0) {
          linkChars++;
        }
        boolean wordChar = Character.isLetterOrDigit(c);
        if (wordChar && !inWord) {
          words++;
        }
        inWord = wordChar;
      }
    }

    /**
     * A soft hyphen, zero-width space, word joiner or byte-order mark: shown as nothing (a soft
     * hyphen only where a line breaks), so a word holding one is still one word. Joiners that shape
     * letters (U+200C, U+200D) stay.
     */
    private static boolean isInvisible(char c) {
      return c == '\u00ad' || c == '\u200b' || c == '\u2060' || c == '\ufeff';
    }

    private boolean endsWithSpace() {
      char last = text.charAt(text.length() - 1);
      return last == ' ' || last == '\n';
    }

    /** A line break stays inside the block: the block is judged whole, printed as paragraphs. */
    private void lineBreak() {
      int end = text.length();
      while (end > 0 && text.charAt(end - 1) == ' ') {
        end--;
      }
      text.setLength(end);
      if (end > 0 && text.charAt(end - 1) != '\n') {
        text.append('\n');
      }
      inWord = false;
    }

    void flush() {
      int end = text.length();
      while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\n')) {
        end--;
      }
      if (end > 0) {
        blocks.add(
            new TextBlock(text.substring(0, end), owner, chars, linkChars, words, blockNamed));
      }
      text.setLength(0);
      chars = 0;
      linkChars = 0;
      words = 0;
      inWord = false;
      owner = null;
    }
  }
}
