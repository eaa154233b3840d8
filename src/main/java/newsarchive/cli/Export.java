package newsarchive.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import newsarchive.Archive;
import newsarchive.index.IndexFolder;
import newsarchive.search.IndexView;
import newsarchive.search.SearchRequest;
import newsarchive.search.SortOrder;
import newsarchive.search.export.ExportFormat;

/**
 * {@code archive export}: every hit of a search, written as {@code /api/export} writes it, to
 * standard output or to {@code --out FILE}. A file appears only once the export is whole.
 */
public final class Export implements Command {
  private static final Set<String> VALUED =
      Set.of(
          "index",
          "faction",
          "location",
          "country",
          "site",
          "from",
          "to",
          "sort",
          "page",
          "size",
          "format",
          "out");

  private final Archive archive;
  private final PrintStream out;
  private final PrintStream err;

  public Export(Archive archive, PrintStream out, PrintStream err) {
    this.archive = archive;
    this.out = out;
    this.err = err;
  }

  @Override
  public int run(List<String> args) throws IOException {
    Arguments a = Arguments.parse(args, VALUED, Set.of("exact", "body"));
    Config config = Settings.from(a);
    if (!IndexFolder.hasArticles(config.index())) {
      err.println("archive export: no index at " + config.index() + "; run ./archive ingest first");
      return 1;
    }
    String query = String.join(" ", a.operands());
    // Page and size are taken so that a search's options work unchanged; an export has every hit.
    SearchRequest request =
        SearchRequest.builder()
            .query(query)
            .factions(a.values("faction"))
            .locations(a.values("location"))
            .countries(a.values("country"))
            .sites(a.values("site"))
            .from(SearchRequest.date("from", a.value("from", null)))
            .to(SearchRequest.date("to", a.value("to", null)))
            .sort(SortOrder.parse(a.value("sort", null), query.isBlank()))
            .exact(a.flag("exact"))
            .build();
    ExportFormat format = ExportFormat.parse(a.value("format", null));
    String target = a.value("out", "-");
    try (IndexView view = new IndexView(config.index())) {
      newsarchive.search.export.Export export =
          new newsarchive.search.export.Export(
              archive.searcher(view), archive.json(), Clock.systemUTC());
      if (target.equals("-")) {
        export.write(request, format, a.flag("body"), out);
        out.flush();
      } else {
        toFile(export, request, format, a.flag("body"), Path.of(target));
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
