package newsarchive.ingest.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The learned decision whether a place candidate is a place mention: a logistic regression over
 * {@link PlaceFeatures}, its weights in a small text file that {@code ./archive train-places}
 * writes from the development sets (one {@code name<TAB>weight} line a feature, then the threshold
 * on the probability). Immutable and thread-safe.
 */
public final class PlaceModel {

  /** Where the committed model lives on the classpath. */
  static final String RESOURCE = "/newsarchive/entities/place-model.tsv";

  private static final String THRESHOLD = "threshold";

  private final double[] weights;
  private final double threshold;

  /**
   * @param weights one weight per feature, in {@link PlaceFeatures#NAMES} order
   * @param threshold the probability from which a candidate is a place
   */
  public PlaceModel(double[] weights, double threshold) {
    if (weights.length != PlaceFeatures.NAMES.size()) {
      throw new IllegalArgumentException(
          weights.length + " weights for " + PlaceFeatures.NAMES.size() + " features");
    }
    this.weights = weights.clone();
    this.threshold = threshold;
  }

  /** A model that takes every candidate: what a tagger built to train a model starts from. */
  public static PlaceModel acceptingAll() {
    return new PlaceModel(new double[PlaceFeatures.NAMES.size()], 0);
  }

  /** The committed model. */
  public static PlaceModel load() {
    try (InputStream in = PlaceModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("place model missing: " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the place model", e);
    }
  }

  /**
   * Reads the file format {@link #format} writes; every feature must have its weight.
   *
   * @throws IllegalArgumentException when the text is not such a file or names other features
   */
  public static PlaceModel parse(String text) {
    Map<String, Double> values = new HashMap<>();
    for (String line : text.lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 2 || values.put(cells[0], number(cells[1], line)) != null) {
        throw new IllegalArgumentException("place model: bad or repeated line: " + line);
      }
    }
    List<String> names = PlaceFeatures.NAMES;
    double[] weights = new double[names.size()];
    for (int k = 0; k < weights.length; k++) {
      Double w = values.remove(names.get(k));
      if (w == null) {
        throw new IllegalArgumentException("place model: no weight for feature " + names.get(k));
      }
      weights[k] = w;
    }
    Double threshold = values.remove(THRESHOLD);
    if (threshold == null || !values.isEmpty()) {
      throw new IllegalArgumentException(
          "place model: "
              + (threshold == null ? "no threshold" : "unknown features " + values.keySet()));
    }
    return new PlaceModel(weights, threshold);
  }

  private static double number(String cell, String line) {
    try {
      return Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("place model: not a number in: " + line, e);
    }
  }

  /** The file text: {@code header} lines as comments, the weights, then the threshold. */
  public String format(List<String> header) {
    StringBuilder out = new StringBuilder();
    header.forEach(line -> out.append("# ").append(line).append('\n'));
    for (int k = 0; k < weights.length; k++) {
      out.append(PlaceFeatures.NAMES.get(k)).append('\t').append(decimal(weights[k])).append('\n');
    }
    out.append(THRESHOLD).append('\t').append(decimal(threshold)).append('\n');
    return out.toString();
  }

  private static String decimal(double value) {
    String s = String.format(Locale.ROOT, "%.4f", value);
    return s.equals("-0.0000") ? "0.0000" : s;
  }

  /** The probability that a candidate with these feature values is a place mention. */
  public double probability(double[] features) {
    double z = 0;
    for (int k = 0; k < weights.length; k++) {
      z += weights[k] * features[k];
    }
    return 1 / (1 + Math.exp(-z));
  }

  public boolean accepts(double[] features) {
    return probability(features) >= threshold;
  }

  public double threshold() {
    return threshold;
  }
}
