package newsarchive.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import newsarchive.ingest.Article;

/** The article endpoint's JSON: the extraction JSON with the article's id first. Immutable. */
record ArticleView(String id, @JsonUnwrapped Article article) {
  /** The view of {@code article}, with a source that shows none of the server's folders. */
  static ArticleView of(String id, Article article) {
    return new ArticleView(id, article.withSource(shownSource(article.source())));
  }

  /**
   * The source as the API shows it. Ingests now keep the path inside what was ingested, or a URL;
   * an index written before kept the path as the ingest was given it, so a path that starts at the
   * root or climbs out of its folder ("../") is cut to the file's name (with the row or record
   * after it).
   */
  static String shownSource(String source) {
    if (source.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
      return source;
    }
    boolean absolute =
        source.startsWith("/")
            || source.startsWith("\\")
            || source.matches("(?s)[A-Za-z]:[/\\\\].*");
    boolean climbs = source.matches("(?s)(.*[/\\\\])?\\.\\.([/\\\\].*)?");
    if (!absolute && !climbs) {
      return source;
    }
    int cut = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(cut + 1);
  }
}
