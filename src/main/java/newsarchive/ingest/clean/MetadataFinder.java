package newsarchive.ingest.clean;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's byline, site name, canonical URL and language in its metadata: meta tags, JSON-LD,
 * {@code rel} links and, for the byline, an element the page marks as one. Stateless and
 * thread-safe.
 */
final class MetadataFinder {
  private static final Pattern LEADING_BY =
      Pattern.compile("^(?:by|von|por|par|di|door)\\s*:?\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2}(?:[-_].*)?");
  private static final int MAX_BYLINE = 100;

  String byline(Document doc, MetaTags meta, JsonLd.Facts facts) {
    String found = person(meta.first("author", "dc.creator", "dc:creator", "parsely-author"));
    if (found == null) {
      found = person(facts.author());
    }
    if (found == null) {
      found = person(meta.first("article:author", "sailthru.author"));
    }
    if (found == null) {
      Element marked =
          doc.selectFirst("[rel=author], [itemprop=author], [class*=byline], [class*=author]");
      found = marked == null ? null : person(marked.text());
    }
    return found;
  }

  String site(MetaTags meta, JsonLd.Facts facts, Document doc) {
    String site =
        firstNonBlank(
            meta.first("og:site_name"),
            facts.publisher(),
            facts.site(),
            meta.first("application-name", "apple-mobile-web-app-title"));
    if (site != null) {
      return TitleFinder.collapse(site);
    }
    String title = TitleFinder.collapse(doc.title());
    String head = TitleFinder.withoutSiteSuffix(title, null);
    return head.equals(title) ? null : title.substring(head.length()).replaceFirst("^\\W+", "");
  }

  String url(Document doc, MetaTags meta) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null) {
      String abs = canonical.absUrl("href");
      return abs.isEmpty() ? canonical.attr("href").strip() : abs;
    }
    String og = meta.first("og:url");
    return og == null || og.isBlank() ? null : og.strip();
  }

  String language(Document doc, MetaTags meta) {
    Element html = doc.selectFirst("html");
    String lang =
        firstNonBlank(
            html == null ? null : html.attr("lang"),
            html == null ? null : html.attr("xml:lang"),
            meta.first("content-language", "language", "dc.language", "og:locale"),
            httpEquivLanguage(doc));
    if (lang == null || !LANGUAGE.matcher(lang.strip()).matches()) {
      return "en";
    }
    return lang.strip().substring(0, 2).toLowerCase(Locale.ROOT);
  }

  private static String httpEquivLanguage(Document doc) {
    Element e = doc.selectFirst("meta[http-equiv=content-language][content]");
    return e == null ? null : e.attr("content");
  }

  /** A person's name as a byline: no "By ", no URL, not a paragraph. */
  private static String person(String raw) {
    if (raw == null) {
      return null;
    }
    String s = LEADING_BY.matcher(TitleFinder.collapse(raw)).replaceFirst("").strip();
    if (s.isEmpty() || s.length() > MAX_BYLINE || s.startsWith("http") || s.startsWith("@")) {
      return null;
    }
    return s;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
