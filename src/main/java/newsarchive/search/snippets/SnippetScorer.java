package newsarchive.search.snippets;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Scores a passage as Lucene's default passage scorer does (each distinct term's frequency in the
 * passage against its weight in the document, times the passage's position norm), without the hash
 * table of terms Lucene builds for every passage: a passage has a handful of matches, so earlier
 * ones are searched in place. That table's memory was a quarter of everything a search allocated
 * (JFR, a million articles). Thread-safe (stateless).
 */
final class SnippetScorer extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    double score = 0;
    // Each term is scored once, at its first match, in the order terms first appear.
    for (int i = 0; i < matches; i++) {
      if (seenBefore(terms, i)) {
        continue;
      }
      int inPassage = 1;
      for (int j = i + 1; j < matches; j++) {
        if (terms[j].bytesEquals(terms[i])) {
          inPassage++;
        }
      }
      score += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
    }
    return (float) (score * norm(passage.getStartOffset()));
  }

  private static boolean seenBefore(BytesRef[] terms, int i) {
    for (int j = 0; j < i; j++) {
      if (terms[j].bytesEquals(terms[i])) {
        return true;
      }
    }
    return false;
  }
}
