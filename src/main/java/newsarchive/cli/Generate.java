package newsarchive.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsarchive.tools.generate.ArticleGenerator;

/**
 * {@code archive generate}: synthetic article pages (or one JSONL dump) for scale tests; progress
 * to {@code err}, the summary to {@code out}.
 */
public final class Generate implements Command {
  private final PrintStream out;
  private final PrintStream err;

  public Generate(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public int run(List<String> args) {
    Arguments a = Arguments.parse(args, Set.of("articles", "seed"), Set.of("jsonl"));
    if (a.operands().size() != 1) {
      throw new Arguments.UsageException("give one output folder (or file, with --jsonl)");
    }
    int n = a.number("articles", -1);
    if (n < 0) {
      throw new Arguments.UsageException("--articles N is required");
    }
    ArticleGenerator.Format format =
        a.flag("jsonl") ? ArticleGenerator.Format.JSONL : ArticleGenerator.Format.HTML;
    ArticleGenerator.GenerationSummary summary =
        ArticleGenerator.withBundledNames(a.number("seed", 1))
            .write(
                n,
                Path.of(a.operands().get(0)),
                format,
                done -> err.printf(Locale.ROOT, "\rgenerate: %d/%d", done, n));
    err.println();
    out.printf(
        Locale.ROOT,
        "generated %d articles (%d republished wire copies) in %s%n",
        summary.articles(),
        summary.republishedWireCopies(),
        a.operands().get(0));
    return 0;
  }
}
