package newsarchive.tools.eval;

/**
 * Precision and recall from counts: {@code matched} predictions that are right, out of {@code
 * predicted} predictions and {@code expected} true items. An empty side scores 1 when the other is
 * empty too, else 0. Immutable.
 */
public record Tally(int matched, int predicted, int expected) {
  public Tally {
    if (matched < 0 || matched > predicted || matched > expected) {
      throw new IllegalArgumentException(
          "bad counts " + matched + " of " + predicted + "/" + expected);
    }
  }

  public double precision() {
    return predicted == 0 ? (expected == 0 ? 1 : 0) : (double) matched / predicted;
  }

  public double recall() {
    return expected == 0 ? (predicted == 0 ? 1 : 0) : (double) matched / expected;
  }

  Tally plus(Tally other) {
    return new Tally(
        matched + other.matched, predicted + other.predicted, expected + other.expected);
  }
}
