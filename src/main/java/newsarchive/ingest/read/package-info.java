/**
 * Input files to {@link newsarchive.ingest.read.RawArticle} records: walking folders, bytes and
 * their charset, each format (HTML pages, text, CSV and JSON Lines dumps), and the rejection of an
 * input with its reason. Hands a page to {@code clean} and {@code dates}; must not know tagging,
 * Lucene, search or HTTP.
 */
package newsarchive.ingest.read;
