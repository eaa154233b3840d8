package newsarchive.ingest.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's headline. The title the publisher declares for sharing (Open Graph, JSON-LD,
 * Dublin Core, Twitter) comes first, as written; without one, the document's {@code <title>} loses
 * a trailing site name (" | Site", " - Site") when what is left still reads as a headline, or gives
 * way to the page's single {@code <h1>}. Stateless and thread-safe.
 */
final class TitleFinder {
  /** A separator with spaces around it, then a last part short enough to be a site's name. */
  private static final Pattern SITE_SUFFIX =
      Pattern.compile("^(.+?)\\s+(?:[|\\-–—·»:/\\\\]|::)\\s+([^|\\-–—·»]{1,60})$");

  String find(Document doc, MetaTags meta, JsonLd.Facts facts, String site) {
    String docTitle = collapse(doc.title());
    String declared =
        firstNonBlank(
            facts.headline(),
            meta.first("dc:title", "dcterm:title", "dc.title", "dcterms.title", "og:title"),
            meta.first("twitter:title", "title", "parsely-title", "sailthru.title"));
    if (declared != null) {
      return collapse(declared);
    }
    if (docTitle.isEmpty()) {
      String h1 = singleH1(doc);
      return h1 == null ? "" : h1;
    }
    return withoutSiteSuffix(docTitle, site);
  }

  static String withoutSiteSuffix(String title, String site) {
    Matcher m = SITE_SUFFIX.matcher(title);
    if (!m.matches()) {
      return title;
    }
    String head = m.group(1).strip();
    String tail = m.group(2).strip();
    boolean tailIsSite = site != null && tail.equalsIgnoreCase(site.strip());
    // Keep "Daring Fireball: Colophon"-like titles whole when the rest is too short to stand.
    if (tailIsSite || words(head) >= 5) {
      return head;
    }
    return title;
  }

  private static String singleH1(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    var h1s = body.getElementsByTag("h1");
    return h1s.size() == 1 ? collapse(h1s.first().text()) : null;
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  static String collapse(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }
}
