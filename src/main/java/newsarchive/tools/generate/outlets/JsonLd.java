package newsarchive.tools.generate.outlets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the schema.org NewsArticle block some outlets embed in a {@code <script
 * type="application/ld+json">}. Thread-safe.
 */
final class JsonLd {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLd() {}

  /** The JSON text of a NewsArticle for the page; {@code "</"} is escaped for script safety. */
  static String newsArticle(Page page, String description, String imageUrl) {
    ObjectNode article = JSON.createObjectNode();
    article.put("@context", "https://schema.org");
    article.put("@type", "NewsArticle");
    article.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", page.canonicalUrl());
    article.put("headline", page.story().title());
    article.put("description", description);
    article.putArray("image").add(imageUrl);
    article.put("datePublished", PrintedDates.iso(page.publishedAt()));
    article.put("dateModified", PrintedDates.iso(page.publishedAt().plusMinutes(37)));
    if (page.story().byline() != null) {
      ObjectNode author = article.putArray("author").addObject();
      author.put("@type", "Person").put("name", page.story().byline());
    }
    ObjectNode publisher = article.putObject("publisher");
    publisher.put("@type", "NewsMediaOrganization").put("name", page.outlet().displayName());
    publisher
        .putObject("logo")
        .put("@type", "ImageObject")
        .put("url", page.outlet().home() + "/static/logo-600x60.png");
    if (page.story().dateline() != null) {
      article.put("dateline", page.story().dateline());
    }
    article.put("isAccessibleForFree", true);
    try {
      // Compact on purpose: the pretty printer's line ends follow the platform.
      return JSON.writeValueAsString(article).replace("</", "<\\/");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON-LD", e);
    }
  }
}
