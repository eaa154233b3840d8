package newsarchive.ingest.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Decides whether an element is page furniture rather than article text: by its tag (scripts,
 * navigation, figures), by being hidden, by its ARIA role, and by words in its class and id that
 * name a part of a page (share bar, comments, newsletter box, caption). The words describe kinds of
 * page parts, never a particular site. Stateless and thread-safe.
 */
final class NoiseFilter {
  private static final Set<String> NOISE_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "canvas",
          "iframe",
          "object",
          "embed",
          "video",
          "audio",
          "picture",
          "img",
          "button",
          "select",
          "option",
          "input",
          "textarea",
          "label",
          "nav",
          "aside",
          "footer",
          "figure",
          "figcaption",
          "dialog",
          "menu",
          "head",
          "link",
          "meta",
          "map",
          "area",
          "title");

  private static final Set<String> NOISE_ROLES =
      Set.of(
          "navigation",
          "banner",
          "complementary",
          "contentinfo",
          "menu",
          "menubar",
          "search",
          "dialog",
          "alert",
          "alertdialog",
          "toolbar",
          "tablist",
          "button");

  /** Stems that name furniture wherever they appear in a class or id. */
  private static final NameStems NOISE_STEMS =
      new NameStems(
          "comment|disqus|share|sharing|social|related|recommend|newsletter|subscri|signup"
              + "|sign-up|promo|advert|sponsor|cookie|consent|gdpr|popup|modal|breadcrumb"
              + "|pagination|pager|sidebar|widget|footer|masthead|navbar|menu|outbrain|taboola"
              + "|caption|credit|toolbar|skip-link|sr-only|screen-reader|visually-hidden"
              + "|offscreen|off-screen|readmore|read-more|more-stories|trending|popular"
              + "|most-read|tagcloud|tag-cloud|author-bio|authorbio|paywall|byline|dateline"
              + "|timestamp|lightbox|slideshow|gallery|overlay|login|newsfeed|teaser|jump-link"
              + "|standfirst|subline|strapline|publish|slider|carousel|copyright");

  /** Words that name furniture only as a whole class or id token (short, or common inside). */
  private static final Set<String> NOISE_TOKENS =
      Set.of(
          "ad",
          "ads",
          "adv",
          "advs",
          "dfp",
          "nav",
          "print",
          "hidden",
          "hide",
          "meta",
          "tags",
          "tag",
          "topics",
          "keywords",
          "icon",
          "icons",
          "logo",
          "author",
          "date",
          "rail",
          "extra",
          "skip",
          "banner",
          "header",
          "hdr",
          "masthead",
          "subnav",
          "crumbs",
          "rating",
          "btn",
          "button",
          "share",
          "player",
          "thumb",
          "thumbnail",
          "aside",
          "nocontent");

  /**
   * Stems that name a part whose text is never the article's own, whatever its place: a caption or
   * credit, a byline or date line, readers' comments, a share bar, a list of other stories, an ad.
   */
  private static final NameStems OTHERS_TEXT =
      new NameStems(
          "caption|credit|comment|share|social|related|recommend|newsletter|promo|advert|sponsor"
              + "|cookie|byline|author|date|time|meta|copyright|tag");

  private static final NameStems INLINE_NOISE =
      new NameStems(
          "sr-only|screen-reader|visually-hidden|offscreen|off-screen|caption|credit|hidden"
              + "|share|social");

  private static final Pattern TOKEN_SPLIT = Pattern.compile("[^a-z0-9]+");

  /** Furniture by what the element is: its tag, hidden state or role. */
  boolean isNoiseByKind(Element e) {
    String tag = e.normalName();
    if (NOISE_TAGS.contains(tag)) {
      return true;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty() && isHiddenByStyle(style)) {
      return true;
    }
    String role = e.attr("role");
    if (!role.isEmpty() && NOISE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return false;
  }

  /** Furniture by what the page's author called it in its class or id. */
  boolean isNoiseByName(Element e) {
    String names = e.className() + " " + e.id();
    return names.length() > 1 && namesFurniture(names.toLowerCase(Locale.ROOT));
  }

  /**
   * For inline elements, which sit inside sentences: only names that say the text is not shown or
   * is a credit line; a link's class or id says nothing about whether its words belong.
   */
  boolean isHiddenText(Element e) {
    String names = e.className() + " " + e.id();
    return names.length() > 1 && INLINE_NOISE.in(names.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the element's class or id names a part holding someone else's text, not the article.
   */
  static boolean namesOthersText(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    return OTHERS_TEXT.in(names);
  }

  static boolean namesFurniture(String lowerNames) {
    if (NOISE_STEMS.in(lowerNames)) {
      return true;
    }
    for (String token : TOKEN_SPLIT.split(lowerNames)) {
      if (NOISE_TOKENS.contains(token)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHiddenByStyle(String style) {
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
