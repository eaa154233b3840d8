package newsarchive.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.concurrent.Callable;
import newsarchive.Archive;
import newsarchive.index.IndexFolder;
import newsarchive.search.IndexView;
import newsarchive.search.SearchRequest;
import newsarchive.search.export.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code archive export}: every hit of a search, written as {@code /api/export} writes it, to
 * standard output or to {@code --out FILE}. A file appears only once the export is whole.
 */
@Command(
    name = "export",
    description =
        "Every hit of a search, in its order, as /api/export writes it: to standard output, or to"
            + " --out FILE (which appears only once the export is whole). Exit status 1 when there"
            + " is no index, 2 for a bad option.")
public final class Export implements Callable<Integer> {
  private final Archive archive;
  private final PrintStream out;

  @Mixin SearchOptions search = new SearchOptions();

  @Option(names = "--format", paramLabel = "csv|jsonl", description = "the format (default: csv)")
  String format;

  @Option(names = "--body", description = "each article's whole text too")
  boolean body;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "write here (default: standard output)")
  String target = "-";

  public Export(Archive archive, PrintStream out) {
    this.archive = archive;
    this.out = out;
  }

  @Override
  public Integer call() throws IOException {
    if (!IndexFolder.hasArticles(search.index)) {
      throw new CommandFailure("no index at " + search.index + "; run ./archive ingest first");
    }
    SearchRequest request = search.request().build();
    ExportFormat chosen = ExportFormat.parse(format);
    try (IndexView view = new IndexView(search.index)) {
      newsarchive.search.export.Export export =
          new newsarchive.search.export.Export(
              archive.searcher(view), archive.json(), Clock.systemUTC());
      if (target.equals("-")) {
        export.write(request, chosen, body, out);
        out.flush();
      } else {
        toFile(export, request, chosen, body, Path.of(target));
      }
    }
    return 0;
  }

  private static void toFile(
      newsarchive.search.export.Export export,
      SearchRequest request,
      ExportFormat format,
      boolean body,
      Path file)
      throws IOException {
    Path absolute = file.toAbsolutePath();
    Path part = Files.createTempFile(absolute.getParent(), ".export-", ".part");
    try {
      try (OutputStream o = Files.newOutputStream(part)) {
        export.write(request, format, body, o);
      }
      Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(part);
    }
  }
}
