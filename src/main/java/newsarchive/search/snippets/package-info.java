/**
 * Highlighted passages of a hit: Lucene's unified highlighter with passages cut at sentences (a
 * break iterator that knows abbreviations such as U.S. and Gen.), scored as Lucene's default scorer
 * does, and written as escaped text with {@code <mark>} around the matches. Knows nothing of the
 * rest of search.
 */
package newsarchive.search.snippets;
