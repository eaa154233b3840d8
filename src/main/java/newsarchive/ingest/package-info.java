/**
 * The front door of ingest: an {@link newsarchive.ingest.Article} record, the {@link
 * newsarchive.ingest.ArticleBuilder} that tags a read article into one, and the {@link
 * newsarchive.ingest.ArticleId} that names it. The work is done in the sub-packages, in the order
 * an input passes through them: {@code read} (files and formats), {@code clean} (HTML to text),
 * {@code dates} (publication date, dates in text), {@code entities} (factions and places). Knows
 * nothing of Lucene, search or HTTP.
 */
package newsarchive.ingest;
