package newsarchive.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import newsarchive.search.FacetValue;
import newsarchive.search.Hit;
import newsarchive.search.SearchResult;

/** Prints a search result for a person at a terminal: hits with snippets, then the facets. */
public final class TerminalResults {
  private final PrintStream out;

  public TerminalResults(PrintStream out) {
    this.out = out;
  }

  public void print(SearchResult r) {
    out.printf(Locale.ROOT, "%d articles (%d ms)%n", r.total(), r.tookMs());
    r.widened()
        .forEach(
            w ->
                out.printf(
                    Locale.ROOT,
                    "also searched: %s -> %s%s%n",
                    w.term(),
                    w.canonical() == null ? "" : w.canonical() + " ",
                    String.join(", ", w.variants())));
    if (r.interpreted() != null) {
      out.printf(Locale.ROOT, "read as: %s%n", r.interpreted());
    }
    r.suggestions().forEach(s -> out.printf(Locale.ROOT, "%s  (%s)%n", s.text(), s.query()));
    int n = (r.page() - 1) * r.size();
    for (Hit h : r.hits()) {
      out.printf(
          Locale.ROOT,
          "%n%d. %s%n   %s  %s  id %s%n",
          ++n,
          h.title(),
          h.published() == null ? "undated" : h.published(),
          h.site() == null ? "" : h.site(),
          h.id());
      for (String s : h.snippets()) {
        out.println("   " + plain(s));
      }
    }
    out.println();
    r.facets()
        .forEach(
            (dim, values) -> {
              if (!values.isEmpty()) {
                out.printf(Locale.ROOT, "%s: %s%n", dim, format(values));
              }
            });
  }

  private static String format(List<FacetValue> values) {
    StringBuilder b = new StringBuilder();
    for (FacetValue v : values.subList(0, Math.min(values.size(), 12))) {
      b.append(b.isEmpty() ? "" : ", ")
          .append(v.selected() ? "[x] " : "")
          .append(v.value())
          .append(" (")
          .append(v.count())
          .append(')');
    }
    return b.toString();
  }

  /** Snippets are HTML; the terminal shows the marked words in *stars*. */
  private static String plain(String html) {
    return html.replace("<mark>", "*")
        .replace("</mark>", "*")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
