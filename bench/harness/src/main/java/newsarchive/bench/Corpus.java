package newsarchive.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import newsarchive.tools.generate.ArticleGenerator;

/**
 * The benchmark corpus: the same generated articles as saved pages (a folder) and as one JSONL
 * dump, made once per size and seed and reused by later runs. Not thread-safe.
 */
record Corpus(int articles, long seed, Path html, Path jsonl) {

  /** The corpus for {@code articles} and {@code seed} under {@code work}, generated if missing. */
  static Corpus ensure(Path work, int articles, long seed, boolean withHtml, PrintStream log)
      throws IOException {
    Path dir = work.resolve(String.format(Locale.ROOT, "corpus-%d-seed%d", articles, seed));
    Corpus c = new Corpus(articles, seed, dir.resolve("pages"), dir.resolve("articles.jsonl"));
    ArticleGenerator generator = ArticleGenerator.withBundledNames(seed);
    c.make(generator, c.jsonl, ArticleGenerator.Format.JSONL, log);
    if (withHtml) {
      c.make(ArticleGenerator.withBundledNames(seed), c.html, ArticleGenerator.Format.HTML, log);
    }
    return c;
  }

  private void make(
      ArticleGenerator generator, Path out, ArticleGenerator.Format f, PrintStream log)
      throws IOException {
    Path done = out.resolveSibling(out.getFileName() + ".done");
    if (Files.exists(done)) {
      return;
    }
    Files.createDirectories(out.getParent());
    log.printf(Locale.ROOT, "bench: generating %d articles (%s) into %s%n", articles, f, out);
    generator.write(articles, out, f);
    Files.writeString(done, "seed " + seed + "\n", StandardCharsets.UTF_8);
  }
}
