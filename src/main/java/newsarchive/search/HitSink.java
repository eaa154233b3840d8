package newsarchive.search;

import java.io.IOException;

/**
 * Receives every hit of a search from {@link Searcher#stream}: first the counts, then each hit in
 * the search's order with what an export adds to it. Called from one thread.
 */
public interface HitSink {
  /** Called once, before any hit: how many hits follow and how many articles the index holds. */
  void start(long total, int articles) throws IOException;

  /** One hit, with its byline, countries and (when asked for) body. */
  void hit(Hit hit, HitDetails details) throws IOException;
}
