package newsarchive.web;

import java.io.IOException;
import newsarchive.ingest.Article;
import newsarchive.ingest.ArticleId;
import newsarchive.search.Searcher;

/** Finds the article an address names, for every route under /api/articles/{id}. Stateless. */
final class ArticleLookup {
  private ArticleLookup() {}

  /** The article with {@code id}; a {@link NotFoundException} when the index has none. */
  static Article find(Searcher searcher, String id) throws IOException {
    if (!ArticleId.wellFormed(id)) {
      throw new NotFoundException("No article has the id '" + SearchParams.shorten(id) + "'.");
    }
    return searcher
        .article(id)
        .orElseThrow(() -> new NotFoundException("No article has the id '" + id + "'."));
  }
}
