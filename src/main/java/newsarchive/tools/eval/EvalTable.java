package newsarchive.tools.eval;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * Prints an {@link EvalReport} as a table for a terminal. Not thread-safe: it writes one stream.
 */
final class EvalTable {
  private final PrintStream out;

  EvalTable(PrintStream out) {
    this.out = out;
  }

  void print(EvalReport report) {
    report.skipped().forEach(s -> out.println("skipped (not found): " + s));
    if (report.body() != null) {
      out.printf(
          Locale.ROOT,
          "article bodies: %d pages, %.1f pages/s (one core)%n",
          report.body().pages(),
          report.body().pagesPerSecond());
    }
    if (report.title() != null) {
      note("titles", report.title());
    }
    if (report.publicationDate() != null) {
      note("publication dates", report.publicationDate());
    }
    if (report.fakes() != null) {
      out.printf(
          Locale.ROOT,
          "FA-KES: %d rows, %d with a known actor class%n",
          report.fakes().articles(),
          report.fakes().actorLabelled());
    }
    if (report.mentions() != null) {
      out.printf(Locale.ROOT, "gold mentions: %d articles%n", report.mentions().articles());
    }
    for (EvalReport.Toponyms t : report.toponyms()) {
      out.printf(
          Locale.ROOT,
          "toponyms %s %s: %d articles, %d toponyms (demonyms not counted), %.0f articles/s%n",
          t.corpus(),
          t.part(),
          t.articles(),
          t.toponyms(),
          t.articlesPerSecond());
    }
    out.printf(Locale.ROOT, "%-44s %7s %7s%n", "measure", "score", "floor");
    for (Map.Entry<String, Double> e : report.scores().entrySet()) {
      out.printf(
          Locale.ROOT, "%-44s %7.3f %7.3f%n", e.getKey(), e.getValue(), Floors.of(e.getKey()));
    }
  }

  private void note(String what, EvalReport.Accuracy a) {
    out.printf(Locale.ROOT, "%s: %d of %d right%n", what, a.correct(), a.pages());
  }
}
