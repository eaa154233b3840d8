package newsarchive.search;

import java.io.IOException;
import newsarchive.ingest.Article;

/**
 * Receives every hit of a search from {@link Searcher#stream}: first the counts, then each hit in
 * the search's order with its stored article. Called from one thread.
 */
public interface HitSink {
  /** Called once, before any hit: how many hits follow and how many articles the index holds. */
  void start(long total, int articles) throws IOException;

  /** One hit, with the whole article it summarises. */
  void hit(Hit hit, Article article) throws IOException;
}
