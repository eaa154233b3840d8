package newsarchive.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The results as Markdown tables, built up section by section. Not thread-safe. */
final class Report {
  private final StringBuilder md = new StringBuilder();

  void heading(String text) {
    md.append("\n### ").append(text).append("\n\n");
  }

  void note(String text) {
    md.append(text).append("\n\n");
  }

  void table(String... headers) {
    md.append("| ").append(String.join(" | ", headers)).append(" |\n|");
    md.append(" --- |".repeat(headers.length)).append('\n');
  }

  void row(Object... cells) {
    List<String> s = new ArrayList<>();
    for (Object c : cells) {
      s.add(c instanceof Double d ? num(d) : String.valueOf(c));
    }
    md.append("| ").append(String.join(" | ", s)).append(" |\n");
  }

  void endTable() {
    md.append('\n');
  }

  String markdown() {
    return md.toString();
  }

  static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  static String num(double d) {
    if (Math.abs(d) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", d);
    }
    return String.format(Locale.ROOT, "%.2f", d);
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
  }

  static String runs(List<Double> values) {
    return values.stream().map(Report::num).reduce((a, b) -> a + ", " + b).orElse("");
  }
}
