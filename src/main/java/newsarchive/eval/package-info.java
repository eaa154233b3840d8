/**
 * Scores the ingester against development sets with known answers, for {@code ./archive eval}: each
 * evaluation reads a set's pages and ground truth and returns a score record.
 */
package newsarchive.eval;
