package newsarchive.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import newsarchive.ingest.Article;
import newsarchive.ingest.DateMention;
import newsarchive.ingest.FactionTag;
import newsarchive.ingest.Mention;
import newsarchive.ingest.PlaceTag;

/**
 * How an article is kept in the index's stored fields: the body on its own (the highlighter reads
 * it), the source path on its own, and everything else as compact JSON. The JSON leaves out what
 * the body already holds (each mention's text is the body between its offsets), since stored
 * metadata was as large as the body itself; a text that is not the body there is kept as it is.
 * Thread-safe.
 */
public final class StoredArticle {
  private final ObjectMapper json;

  public StoredArticle(ObjectMapper json) {
    this.json = json;
  }

  /**
   * What the index stores of {@code a} besides body and source: the metadata JSON, and a hash of
   * what a reader sees of the article, to tell an unchanged re-ingest from an update. The source
   * path is in neither: the same article from another file is unchanged.
   */
  public Stored store(Article a) {
    String meta;
    try {
      meta = json.writeValueAsString(compact(a));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an Article always serialises", e);
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(meta.getBytes(StandardCharsets.UTF_8));
      sha.update(a.body().getBytes(StandardCharsets.UTF_8));
      return new Stored(meta, HexFormat.of().formatHex(sha.digest(), 0, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The stored metadata JSON of an article and its content hash. */
  public record Stored(String meta, String contentHash) {}

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

  /** The article back from its stored metadata, source and body. */
  public Article read(String metaJson, String source, String body) {
    Article meta;
    try {
      meta = json.readValue(metaJson, Article.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored metadata is not an Article: " + e.getMessage(), e);
    }
    return new Article(
        source == null ? "" : source,
        meta.title(),
        meta.published(),
        meta.byline(),
        meta.dateline(),
        meta.site(),
        meta.url(),
        meta.language(),
        body,
        meta.factions().stream()
            .map(f -> new FactionTag(f.name(), f.type(), f.parent(), texts(f.mentions(), body)))
            .toList(),
        meta.locations().stream()
            .map(
                p ->
                    new PlaceTag(
                        p.name(),
                        p.country(),
                        p.admin1(),
                        p.lat(),
                        p.lon(),
                        p.geonameId(),
                        texts(p.mentions(), body)))
            .toList(),
        meta.dates().stream()
            .map(
                d ->
                    new DateMention(
                        d.value(),
                        d.precision(),
                        texted(d.text(), body, d.start(), d.end()),
                        d.start(),
                        d.end()))
            .toList());
  }

  private static Article compact(Article a) {
    return new Article(
        "",
        a.title(),
        a.published(),
        a.byline(),
        a.dateline(),
        a.site(),
        a.url(),
        a.language(),
        "",
        a.factions().stream()
            .map(
                f ->
                    new FactionTag(
                        f.name(), f.type(), f.parent(), untexted(f.mentions(), a.body())))
            .toList(),
        a.locations().stream()
            .map(
                p ->
                    new PlaceTag(
                        p.name(),
                        p.country(),
                        p.admin1(),
                        p.lat(),
                        p.lon(),
                        p.geonameId(),
                        untexted(p.mentions(), a.body())))
            .toList(),
        a.dates().stream()
            .map(
                d ->
                    new DateMention(
                        d.value(),
                        d.precision(),
                        untexted(d.text(), a.body(), d.start(), d.end()),
                        d.start(),
                        d.end()))
            .toList());
  }

  private static List<Mention> untexted(List<Mention> mentions, String body) {
    return mentions.stream()
        .map(m -> new Mention(m.start(), m.end(), untexted(m.text(), body, m.start(), m.end())))
        .toList();
  }

  /** Empty when the body holds {@code text} at its offsets, so that it need not be stored. */
  private static String untexted(String text, String body, int start, int end) {
    return text.equals(text(body, start, end)) ? "" : text;
  }

  private static List<Mention> texts(List<Mention> mentions, String body) {
    return mentions.stream()
        .map(m -> new Mention(m.start(), m.end(), texted(m.text(), body, m.start(), m.end())))
        .toList();
  }

  private static String texted(String stored, String body, int start, int end) {
    return stored.isEmpty() ? text(body, start, end) : stored;
  }

  /** The body between two offsets; empty where a damaged index's offsets fall outside it. */
  private static String text(String body, int start, int end) {
    return 0 <= start && start <= end && end <= body.length() ? body.substring(start, end) : "";
  }
}
