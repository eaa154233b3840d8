/**
 * From files to {@link newsarchive.ingest.Article} records: reading each input format, cleaning
 * article HTML with Jsoup, and tagging factions, places and dates. Knows nothing of Lucene.
 */
package newsarchive.ingest;
