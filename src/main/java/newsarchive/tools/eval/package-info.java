/**
 * Scores the extractor on the development sets: article body precision, recall and F1 with the
 * benchmark's shingle metric, title accuracy, publication date accuracy, and FA-KES tagging. Uses
 * the ingest package only.
 */
package newsarchive.tools.eval;
