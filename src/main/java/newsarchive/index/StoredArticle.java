package newsarchive.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import newsarchive.ingest.Article;
import newsarchive.ingest.dates.DateMention;
import newsarchive.ingest.entities.FactionTag;
import newsarchive.ingest.entities.Mention;
import newsarchive.ingest.entities.PlaceTag;

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
              a.locations().stream().map(p -> p.name()).toList(),
              a.byline() == null ? "" : a.byline(),
              countries(a)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a summary always serialises", e);
    }
  }

  /** The countries of {@code a}'s places, each once, in the order the places come. */
  public static List<String> countries(Article a) {
    return a.locations().stream().map(p -> p.country()).filter(c -> c != null).distinct().toList();
  }

  /** The summary back from its stored JSON. */
  public ArticleSummary readSummary(String summaryJson) {
    try {
      return json.readValue(summaryJson, ArticleSummary.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored summary is not a summary: " + e.getMessage(), e);
    }
  }

  /**
   * The article back from its stored metadata, source and body. An index written before the source
   * had a field of its own has a null {@code source} and the path in the metadata.
   */
  public Article read(String metaJson, String source, String body) {
    Article meta;
    try {
      meta = json.readValue(metaJson, Article.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored metadata is not an Article: " + e.getMessage(), e);
    }
    return withTexts(
        meta,
        source == null ? meta.source() : source,
        body,
        (text, start, end) -> text.isEmpty() ? text(body, start, end) : text);
  }

  /** Without source and body, and without each mention text the body holds at its offsets. */
  private static Article compact(Article a) {
    return withTexts(
        a, "", "", (text, start, end) -> text.equals(text(a.body(), start, end)) ? "" : text);
  }

  /** What a mention's text becomes, given its offsets. */
  private interface MentionText {
    String of(String text, int start, int end);
  }

  /** {@code a} with another source and body, and every mention's text passed through {@code f}. */
  private static Article withTexts(Article a, String source, String body, MentionText f) {
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
        a.factions().stream()
            .map(t -> new FactionTag(t.name(), t.type(), t.parent(), texts(t.mentions(), f)))
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
                        texts(p.mentions(), f)))
            .toList(),
        a.dates().stream()
            .map(
                d ->
                    new DateMention(
                        d.value(),
                        d.precision(),
                        f.of(d.text(), d.start(), d.end()),
                        d.start(),
                        d.end()))
            .toList(),
        a.captured(),
        a.pages());
  }

  private static List<Mention> texts(List<Mention> mentions, MentionText f) {
    return mentions.stream()
        .map(m -> new Mention(m.start(), m.end(), f.of(m.text(), m.start(), m.end())))
        .toList();
  }

  /** The body between two offsets; empty where a damaged index's offsets fall outside it. */
  private static String text(String body, int start, int end) {
    return 0 <= start && start <= end && end <= body.length() ? body.substring(start, end) : "";
  }
}
