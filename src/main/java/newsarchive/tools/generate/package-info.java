/**
 * Writes news pages rather than reading them: synthetic stories laid out as the pages of six
 * fictional outlets ({@code outlets}), or as one JSON Lines dump, at any scale and deterministic
 * for a seed, for scale tests and the benchmarks. Knows nothing of Lucene, the index, search or the
 * web server.
 */
package newsarchive.tools.generate;
