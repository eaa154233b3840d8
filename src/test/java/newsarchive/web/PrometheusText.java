package newsarchive.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of Prometheus' text exposition format (0.0.4), for tests: every line is a HELP or
 * TYPE comment or a sample; names and labels are well formed, label values properly quoted and
 * escaped, values are numbers (or NaN, +Inf, -Inf); every sample belongs to a family typed before
 * it; no series is given twice; a histogram's buckets rise with {@code le}, never fall, and end at
 * {@code +Inf} equal to its {@code _count}. Anything else is an {@link IllegalArgumentException}
 * naming the line.
 */
final class PrometheusText {
  private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
  private static final Pattern COMMENT = Pattern.compile("# (HELP|TYPE) (" + NAME + ") (.*)");
  private static final Pattern SAMPLE =
      Pattern.compile("(" + NAME + ")(\\{(.*)})? (\\S+)( -?[0-9]+)?");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(,|$)");
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|NaN|[+-]Inf");
  private static final Set<String> TYPES =
      Set.of("counter", "gauge", "histogram", "summary", "untyped");

  private PrometheusText() {}

  /** One sample: its name, its labels in the order written, its value. */
  record Sample(String name, Map<String, String> labels, double value) {}

  /** The samples of {@code text}, in order; throws when it is not well-formed exposition text. */
  static List<Sample> parse(String text) {
    Map<String, String> types = new HashMap<>();
    Set<String> seen = new java.util.HashSet<>();
    List<Sample> samples = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    if (!text.endsWith("\n")) {
      throw new IllegalArgumentException("the text does not end with a line break");
    }
    for (int i = 0; i < lines.length - 1; i++) {
      String line = lines[i];
      String where = "line " + (i + 1) + ": " + line;
      if (line.startsWith("#")) {
        Matcher c = COMMENT.matcher(line);
        if (c.matches() && c.group(1).equals("TYPE")) {
          if (!TYPES.contains(c.group(3)) || types.put(c.group(2), c.group(3)) != null) {
            throw new IllegalArgumentException("a bad or repeated TYPE, " + where);
          }
        } else if (!c.matches() && (line.startsWith("# HELP") || line.startsWith("# TYPE"))) {
          throw new IllegalArgumentException("a malformed comment, " + where);
        }
        continue;
      }
      Matcher s = SAMPLE.matcher(line);
      if (!s.matches() || !NUMBER.matcher(s.group(4)).matches()) {
        throw new IllegalArgumentException("not a sample, " + where);
      }
      Map<String, String> labels = labels(s.group(3) == null ? "" : s.group(3), where);
      if (family(s.group(1), types) == null) {
        throw new IllegalArgumentException("a sample of no typed family, " + where);
      }
      if (!seen.add(s.group(1) + labels)) {
        throw new IllegalArgumentException("a series given twice, " + where);
      }
      samples.add(new Sample(s.group(1), labels, value(s.group(4))));
    }
    checkHistograms(samples, types);
    return samples;
  }

  /** The value of the one sample named {@code name} with exactly {@code labels}, or null. */
  static Double value(List<Sample> samples, String name, Map<String, String> labels) {
    return samples.stream()
        .filter(x -> x.name().equals(name) && x.labels().equals(labels))
        .map(Sample::value)
        .findFirst()
        .orElse(null);
  }

  private static Map<String, String> labels(String inside, String where) {
    Map<String, String> labels = new LinkedHashMap<>();
    Matcher m = LABEL.matcher(inside);
    int at = 0;
    while (at < inside.length()) {
      if (!m.find(at) || m.start() != at) {
        throw new IllegalArgumentException("malformed labels, " + where);
      }
      String value = m.group(2).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
      if (labels.put(m.group(1), value) != null) {
        throw new IllegalArgumentException("a label given twice, " + where);
      }
      at = m.end();
    }
    return labels;
  }

  private static double value(String text) {
    return switch (text) {
      case "NaN" -> Double.NaN;
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text);
    };
  }

  /** The family a sample belongs to: its own name, or the name less a histogram's suffix. */
  private static String family(String name, Map<String, String> types) {
    if (types.containsKey(name)) {
      return name;
    }
    for (String suffix : List.of("_bucket", "_count", "_sum")) {
      if (name.endsWith(suffix)) {
        String base = name.substring(0, name.length() - suffix.length());
        String type = types.get(base);
        if ("histogram".equals(type) || ("summary".equals(type) && !suffix.equals("_bucket"))) {
          return base;
        }
      }
    }
    return null;
  }

  private static void checkHistograms(List<Sample> samples, Map<String, String> types) {
    for (Map.Entry<String, String> t : types.entrySet()) {
      if (!t.getValue().equals("histogram")) {
        continue;
      }
      Map<Map<String, String>, List<Sample>> series = new LinkedHashMap<>();
      for (Sample x : samples) {
        if (x.name().equals(t.getKey() + "_bucket")) {
          Map<String, String> rest = new LinkedHashMap<>(x.labels());
          rest.remove("le");
          series.computeIfAbsent(rest, k -> new ArrayList<>()).add(x);
        }
      }
      series.forEach(
          (labels, buckets) -> {
            double le = Double.NEGATIVE_INFINITY;
            double count = 0;
            for (Sample b : buckets) {
              double bound = value(b.labels().get("le"));
              if (bound <= le || b.value() < count) {
                throw new IllegalArgumentException("histogram buckets out of order: " + b);
              }
              le = bound;
              count = b.value();
            }
            Double total = value(samples, t.getKey() + "_count", labels);
            if (le != Double.POSITIVE_INFINITY || total == null || total != count) {
              throw new IllegalArgumentException(
                  "histogram " + t.getKey() + labels + " does not end at +Inf = _count");
            }
          });
    }
  }
}
