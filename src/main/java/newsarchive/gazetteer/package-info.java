/**
 * The places and factions the archive knows, with their aliases, read from the committed resources
 * under {@code /newsarchive/gazetteer}: used by tagging, query widening, facet labels and the
 * evaluation. What builds those resources from the open data lives in {@code tools.gazetteer}. Must
 * not know ingest, Lucene, search or HTTP.
 */
package newsarchive.gazetteer;
