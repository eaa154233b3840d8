package newsarchive.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import newsarchive.ingest.Article;

/**
 * How an article is kept in the index's stored fields: the body on its own (the highlighter reads
 * it), everything else as JSON without the body, so the body is stored once. Thread-safe.
 */
public final class StoredArticle {
  private final ObjectMapper json;

  public StoredArticle(ObjectMapper json) {
    this.json = json;
  }

  /** The metadata JSON: the article with an empty body. */
  public String meta(Article a) {
    try {
      return json.writeValueAsString(withBody(a, ""));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an Article always serialises", e);
    }
  }

  /** The result-list summary of {@code a}, as JSON. */
  public String summary(Article a) {
    try {
      return json.writeValueAsString(
          new ArticleSummary(
              a.title(),
              a.url(),
              a.site(),
              a.published(),
              a.factions().stream().map(f -> f.name()).toList(),
              a.locations().stream().map(p -> p.name()).toList()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a summary always serialises", e);
    }
  }

  /** The summary back from its stored JSON. */
  public ArticleSummary readSummary(String summaryJson) {
    try {
      return json.readValue(summaryJson, ArticleSummary.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored summary is not a summary: " + e.getMessage(), e);
    }
  }

  /** The article back from its stored metadata and body. */
  public Article read(String metaJson, String body) {
    try {
      return withBody(json.readValue(metaJson, Article.class), body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored metadata is not an Article: " + e.getMessage(), e);
    }
  }

  /**
   * A hash of what a reader sees of the article, to tell an unchanged re-ingest from an update. The
   * source path is left out: the same article from another file is unchanged.
   */
  public String contentHash(Article a) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(meta(copy(a, "", "")).getBytes(StandardCharsets.UTF_8));
      sha.update(a.body().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static Article withBody(Article a, String body) {
    return copy(a, a.source(), body);
  }

  private static Article copy(Article a, String source, String body) {
    return new Article(
        source,
        a.title(),
        a.published(),
        a.byline(),
        a.dateline(),
        a.site(),
        a.url(),
        a.language(),
        body,
        a.factions(),
        a.locations(),
        a.dates());
  }
}
