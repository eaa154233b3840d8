/**
 * An article page's HTML to its title, body text and metadata (byline, site, URL, dateline), with
 * Jsoup: finding the article's blocks, dropping the page's furniture, reading JSON-LD and meta
 * tags. Must not know files or charsets (that is {@code read}), dates, tagging, Lucene or HTTP.
 */
package newsarchive.ingest.clean;
