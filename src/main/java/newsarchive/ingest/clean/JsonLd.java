package newsarchive.ingest.clean;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's JSON-LD scripts say about its article: headline, authors, publisher and the
 * article's own text. Reads the first node typed as an article (NewsArticle, BlogPosting and kin),
 * also inside {@code @graph}; the publisher may come from a WebSite node instead. Thread-safe: the
 * mapper is configured once and only read.
 */
final class JsonLd {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
          .build();

  /** The facts found; any field is null when no script states it. */
  record Facts(String headline, String author, String publisher, String articleBody, String site) {
    static final Facts NONE = new Facts(null, null, null, null, null);
  }

  private JsonLd() {}

  static Facts read(Document doc) {
    JsonNode article = null;
    String site = null;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      List<JsonNode> nodes = new ArrayList<>();
      flatten(parse(script.data()), nodes);
      for (JsonNode node : nodes) {
        if (article == null && isArticle(node)) {
          article = node;
        } else if (site == null && hasType(node, "WebSite")) {
          site = name(node.get("name"));
        }
      }
    }
    if (article == null) {
      return site == null ? Facts.NONE : new Facts(null, null, null, null, site);
    }
    String headline = headline(article, doc.title());
    return new Facts(
        headline,
        names(article.get("author")),
        name(article.get("publisher")),
        text(article.get("articleBody")),
        site);
  }

  /** Headline or name; when both are given, the one nearer the page's own title. */
  private static String headline(JsonNode article, String pageTitle) {
    String headline = text(article.get("headline"));
    String name = text(article.get("name"));
    if (headline == null || name == null || headline.equals(name)) {
      return headline == null ? name : headline;
    }
    return sharedWords(name, pageTitle) > sharedWords(headline, pageTitle) ? name : headline;
  }

  private static int sharedWords(String a, String b) {
    java.util.Set<String> words = new java.util.HashSet<>(ArticleBodyHint.words(b));
    int n = 0;
    for (String w : ArticleBodyHint.words(a)) {
      if (words.contains(w)) {
        n++;
      }
    }
    return n;
  }

  private static JsonNode parse(String script) {
    String json = script.strip();
    // Some pages wrap the JSON in CDATA or comment markers meant for XHTML parsers.
    int open = json.indexOf("<![CDATA[");
    if (open >= 0 && open < 10) {
      json = json.substring(open + 9);
      int close = json.lastIndexOf("]]>");
      json = close >= 0 ? json.substring(0, close) : json;
    }
    try {
      return MAPPER.readTree(json.strip());
    } catch (JsonProcessingException e) {
      // Broken JSON-LD is common in saved pages; the page's other metadata still counts.
      return null;
    }
  }

  private static void flatten(JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> flatten(n, out));
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out);
    }
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    List<String> types = new ArrayList<>();
    if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (type != null) {
      types.add(type.asText());
    }
    for (String t : types) {
      if (t.endsWith("Article") || t.endsWith("Posting") || t.equals("Report")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasType(JsonNode node, String wanted) {
    JsonNode type = node.get("@type");
    if (type != null && type.isArray()) {
      for (JsonNode t : type) {
        if (wanted.equals(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return type != null && wanted.equals(type.asText());
  }

  private static String text(JsonNode node) {
    if (node == null || !node.isValueNode()) {
      return null;
    }
    String s = node.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /** A person or organisation: a plain string, or an object with a name. */
  private static String name(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isObject()) {
      return text(node.get("name"));
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : name(node.get(0));
    }
    return text(node);
  }

  private static String names(JsonNode node) {
    if (node == null || !node.isArray()) {
      return name(node);
    }
    List<String> all = new ArrayList<>();
    for (JsonNode n : node) {
      String s = name(n);
      if (s != null && !all.contains(s)) {
        all.add(s);
      }
    }
    return all.isEmpty() ? null : String.join(", ", all);
  }
}
