/**
 * Tagging: finds the factions and places an article's text names, with the {@link
 * newsarchive.gazetteer.Gazetteer}'s aliases, and resolves each name to one entry by its context.
 * Must not know files, HTML, Lucene or HTTP.
 */
package newsarchive.ingest.entities;
