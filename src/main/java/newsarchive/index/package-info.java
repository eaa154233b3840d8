/**
 * From {@link newsarchive.ingest.Article} records to a Lucene index: the schema that owns every
 * field, the analyzers, and the indexer. Knows nothing of HTTP.
 */
package newsarchive.index;
