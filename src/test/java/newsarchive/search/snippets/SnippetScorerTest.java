package newsarchive.search.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Our passage scorer gives exactly the scores of Lucene's default one, on random passages. */
class SnippetScorerTest {
  @Test
  void scoresAsLucenesDefaultScorer() {
    Random random = new Random(3);
    PassageScorer lucene = new PassageScorer();
    SnippetScorer ours = new SnippetScorer();
    String[] words = {"raqqa", "shell", "convoy", "aid", "islam", "state"};
    for (int trial = 0; trial < 5_000; trial++) {
      Passage p = new Passage();
      int start = random.nextInt(5_000);
      p.setStartOffset(start);
      p.setEndOffset(Integer.MAX_VALUE); // matches must fall inside the passage
      int offset = start;
      int matches = random.nextInt(12);
      int[] freqInDoc = new int[words.length];
      for (int w = 0; w < words.length; w++) {
        freqInDoc[w] = 1 + random.nextInt(40);
      }
      for (int m = 0; m < matches; m++) {
        int w = random.nextInt(words.length);
        offset += 1 + random.nextInt(30);
        p.addMatch(offset, offset + words[w].length(), new BytesRef(words[w]), freqInDoc[w]);
        offset += words[w].length();
      }
      p.setEndOffset(offset + random.nextInt(50));
      int contentLength = offset + random.nextInt(10_000);
      assertEquals(lucene.score(p, contentLength), ours.score(p, contentLength), "trial " + trial);
    }
  }
}
