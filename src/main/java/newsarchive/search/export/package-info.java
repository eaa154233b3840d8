/**
 * Every hit of a search written out as CSV or JSON Lines, streamed a batch at a time through {@link
 * newsarchive.search.Searcher#stream}, with a stamp that says what the file holds. Knows nothing of
 * HTTP; the web and the command line hand it an output stream.
 */
package newsarchive.search.export;
