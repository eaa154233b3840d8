package newsarchive.tools.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's text similarity: both texts become {@code \w+} tokens, then
 * multisets of 4-token shingles; shared, predicted-only and true-only counts are normalised so that
 * they sum to one for the page. Stateless and thread-safe.
 */
final class ShingleOverlap {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;

  /** One page's normalised counts; all zero when both texts are empty. */
  record Counts(double truePositive, double falsePositive, double falseNegative) {}

  private ShingleOverlap() {}

  static Counts compare(String truth, String predicted) {
    Map<String, Integer> want = shingles(truth);
    Map<String, Integer> got = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<String, Integer> e : got.entrySet()) {
      int expected = want.getOrDefault(e.getKey(), 0);
      tp += Math.min(expected, e.getValue());
      fp += Math.max(0, e.getValue() - expected);
    }
    for (Map.Entry<String, Integer> e : want.entrySet()) {
      fn += Math.max(0, e.getValue() - got.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    return sum == 0 ? new Counts(0, 0, 0) : new Counts(tp / sum, fp / sum, fn / sum);
  }

  static List<String> tokens(String text) {
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) {
      return counts;
    }
    // As in the benchmark: a text shorter than one shingle still counts as one shingle.
    int n = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < n; i++) {
      String key = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
      counts.merge(key, 1, Integer::sum);
    }
    return counts;
  }
}
