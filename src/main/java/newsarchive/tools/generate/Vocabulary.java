package newsarchive.tools.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Words ranked by frequency, sampled by a Zipf-Mandelbrot law: the word at rank r (from 0) is drawn
 * with weight 1 / (r + 2.7)^s. With s near 1 that gives the long tail of natural text: a few
 * function words make up much of it, most words are rare. Immutable and thread-safe.
 */
public final class Vocabulary {
  // The offset flattens the very top of the curve the way measured English frequencies do.
  private static final double RANK_OFFSET = 2.7;
  private static final double DEFAULT_EXPONENT = 1.0;
  // English ranks kept before the first conflict word, and English words between two of them.
  private static final int FUNCTION_WORDS = 100;
  private static final int ENGLISH_PER_CONFLICT_WORD = 4;

  private final List<String> words;
  private final double[] cumulative;

  /** A vocabulary of distinct words, most frequent first, sampled with the given exponent. */
  public Vocabulary(List<String> wordsByRank, double exponent) {
    if (wordsByRank.isEmpty()) {
      throw new IllegalArgumentException("a vocabulary needs words");
    }
    if (!(exponent > 0)) {
      throw new IllegalArgumentException("the Zipf exponent must be positive: " + exponent);
    }
    this.words = List.copyOf(new LinkedHashSet<>(wordsByRank));
    this.cumulative = new double[words.size()];
    double total = 0;
    for (int rank = 0; rank < words.size(); rank++) {
      total += 1 / Math.pow(rank + RANK_OFFSET, exponent);
      cumulative[rank] = total;
    }
    for (int rank = 0; rank < cumulative.length; rank++) {
      cumulative[rank] /= total;
    }
  }

  /**
   * The bundled vocabulary: a few thousand common English words ranked by us, with the words of war
   * reporting interleaved after the function words, since conflict news uses them often.
   */
  public static Vocabulary english() {
    List<String> english = ResourceLines.read("words-english.txt");
    List<String> conflict = ResourceLines.read("words-conflict.txt");
    Set<String> merged = new LinkedHashSet<>(english.subList(0, FUNCTION_WORDS));
    int next = FUNCTION_WORDS;
    for (String word : conflict) {
      merged.add(word);
      for (int i = 0; i < ENGLISH_PER_CONFLICT_WORD && next < english.size(); i++) {
        merged.add(english.get(next++));
      }
    }
    merged.addAll(english.subList(next, english.size()));
    return new Vocabulary(new ArrayList<>(merged), DEFAULT_EXPONENT);
  }

  /** One word drawn by its Zipf weight. */
  public String word(Random random) {
    int index = Arrays.binarySearch(cumulative, random.nextDouble());
    int rank = index >= 0 ? index : -index - 1;
    return words.get(Math.min(rank, words.size() - 1));
  }

  /** The word at a rank, 0 being the most frequent. */
  public String wordAt(int rank) {
    return words.get(rank);
  }

  public int size() {
    return words.size();
  }
}
