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
    if (report.snippets() != null) {
      EvalReport.Snippets s = report.snippets();
      out.printf(
          Locale.ROOT,
          "snippets: %d pages, %d rejected (LOOK %d of %d, SCORE %d of %d)%n",
          s.all().pages(),
          s.all().rejected(),
          s.look().rejected(),
          s.look().pages(),
          s.score().rejected(),
          s.score().pages());
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
    // A split set's floor applies to its SCORE column; any other set's to its whole.
    out.printf(Locale.ROOT, "%-44s %7s %7s %7s %7s%n", "measure", "all", "LOOK", "SCORE", "floor");
    for (Map.Entry<String, EvalReport.Row> e : report.rows().entrySet()) {
      EvalReport.Row r = e.getValue();
      out.printf(
          Locale.ROOT,
          "%-44s %7.3f %7s %7s %7.3f%n",
          e.getKey(),
          r.all(),
          part(r.look()),
          part(r.score()),
          Floors.of(e.getKey()));
    }
  }

  private static String part(Double figure) {
    return figure == null ? "-" : String.format(Locale.ROOT, "%.3f", figure);
  }

  private void note(String what, EvalReport.Accuracy a) {
    out.printf(
        Locale.ROOT,
        "%s: %d of %d right (LOOK %d of %d, SCORE %d of %d)%n",
        what,
        a.correct(),
        a.pages(),
        a.look().correct(),
        a.look().pages(),
        a.score().correct(),
        a.score().pages());
  }
}
