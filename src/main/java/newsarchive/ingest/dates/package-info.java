/**
 * Dates: the day a page was published (from its markup, metadata, URL and the dates it shows) and
 * the dates an article's text mentions, written out, numeric or relative to the publication day.
 * Must not know files, cleaning, tagging, Lucene or HTTP.
 */
package newsarchive.ingest.dates;
