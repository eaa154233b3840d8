/**
 * Writes news pages rather than reading them: renders story records as saved pages of six fictional
 * outlets, each with its own layout, into the archive's corpus folder, and generates synthetic
 * article pages at any scale for performance and soak tests. May use {@code newsarchive.ingest};
 * knows nothing of Lucene, the index, search or the web server.
 */
package newsarchive.generate;
