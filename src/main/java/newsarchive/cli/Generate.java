package newsarchive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsarchive.tools.generate.ArticleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code archive generate}: synthetic article pages (or one JSONL dump) for scale tests; progress
 * to {@code err}, the summary to {@code out}.
 */
@Command(
    name = "generate",
    description =
        "Writes N synthetic article pages in the six outlet layouts of corpus/ (or one JSONL"
            + " dump), deterministic for a seed, for scale tests.")
public final class Generate implements Callable<Integer> {
  private final PrintStream out;
  private final PrintStream err;

  @Option(names = "--articles", paramLabel = "N", required = true, description = "how many")
  int articles;

  @Option(names = "--seed", paramLabel = "S", description = "the random seed (default: 1)")
  int seed = 1;

  @Option(names = "--jsonl", description = "one JSONL dump instead of pages")
  boolean jsonl;

  @Parameters(paramLabel = "OUT", description = "the folder (or, with --jsonl, the file)")
  Path target;

  public Generate(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws IOException {
    if (articles < 0) {
      throw new UsageException("--articles must not be negative");
    }
    ArticleGenerator.Format format =
        jsonl ? ArticleGenerator.Format.JSONL : ArticleGenerator.Format.HTML;
    ArticleGenerator.GenerationSummary summary =
        ArticleGenerator.withBundledNames(seed)
            .write(
                articles,
                target,
                format,
                done -> err.printf(Locale.ROOT, "\rgenerate: %d/%d", done, articles));
    err.println();
    out.printf(
        Locale.ROOT,
        "generated %d articles (%d republished wire copies) in %s%n",
        summary.articles(),
        summary.republishedWireCopies(),
        target);
    return 0;
  }
}
