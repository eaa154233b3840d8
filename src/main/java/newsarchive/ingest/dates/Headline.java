package newsarchive.ingest.dates;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article's headline on its page, and the elements that hold it. The headline is the heading
 * whose words are the title the page declares (Open Graph, Twitter, {@code <title>} with or without
 * the site's name around it): the first {@code <h1>} is not enough, as sites set their logo in one
 * ("KBS WORLD"), leave one empty, or give a blog post an {@code <h3>}. Without a heading that
 * matches, the first {@code <h1>} with text stands in. Immutable; it points into its page, which
 * must not change while it is used.
 */
final class Headline {
  private static final String HEADINGS = "h1, h2, h3, h4";

  /** A heading shorter than this, letters and digits only, is too short to tell a title apart. */
  private static final int SHORTEST = 8;

  private static final Headline NONE = new Headline(null);

  private final Element element;
  // The headline and its ancestors, by identity: elements with equal content are still apart.
  private final Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());

  private Headline(Element element) {
    this.element = element;
    for (Element e = element; e != null; e = e.parent()) {
      holders.add(e);
    }
  }

  /** The headline's element, or null when the page has no heading to go by. */
  Element element() {
    return element;
  }

  /** Whether {@code e} is the headline or holds it. */
  boolean isHeldBy(Element e) {
    return holders.contains(e);
  }

  /** The headline of {@code doc}; one without an element when the page has no heading. */
  static Headline of(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return NONE;
    }
    String[] titles = {
      letters(doc.select("meta[property=og:title]").attr("content")),
      letters(doc.select("meta[name=twitter:title]").attr("content")),
      letters(doc.title())
    };
    Element best = null;
    int bestRank = Integer.MAX_VALUE;
    Element firstH1 = null;
    for (Element heading : body.select(HEADINGS)) {
      String text = letters(heading.text());
      if (text.isEmpty()) {
        continue;
      }
      if (firstH1 == null && heading.normalName().equals("h1")) {
        firstH1 = heading;
      }
      int rank = rank(text, titles);
      if (rank == Integer.MAX_VALUE) {
        continue;
      }
      // A whole title beats part of one; then the bigger heading, then the first.
      rank = rank * 10 + (heading.normalName().charAt(1) - '1');
      if (rank < bestRank) {
        best = heading;
        bestRank = rank;
      }
    }
    Element found = best != null ? best : firstH1;
    return found == null ? NONE : new Headline(found);
  }

  /**
   * 0 when the heading is a declared title, 1 when it is most of one (the rest a site's name before
   * or after it), {@link Integer#MAX_VALUE} otherwise.
   */
  private static int rank(String heading, String[] titles) {
    if (heading.length() < SHORTEST) {
      return Integer.MAX_VALUE;
    }
    int rank = Integer.MAX_VALUE;
    for (String title : titles) {
      if (title.equals(heading)) {
        return 0;
      }
      boolean most = heading.length() * 2 >= title.length();
      if (most && (title.startsWith(heading) || title.endsWith(heading))) {
        rank = 1;
      }
    }
    return rank;
  }

  /** Lower-case letters and digits only: titles and headings differ in dashes and quotes. */
  private static String letters(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
