/**
 * Scoring the extractor against development sets: article body precision, recall and F1 with the
 * article-extraction benchmark's shingle metric, and title accuracy. Reads only; knows nothing of
 * Lucene.
 */
package newsarchive.eval;
