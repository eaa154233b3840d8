package newsarchive.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import newsarchive.Archive;
import newsarchive.index.IndexFolder;
import newsarchive.search.IndexView;
import newsarchive.search.SearchRequest;
import newsarchive.search.SortOrder;
import newsarchive.search.export.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

  @Option(names = "--index", paramLabel = "DIR", description = "the index (default: index)")
  Path index = Config.defaults().index();

  @Option(names = "--faction", paramLabel = "F", description = "only articles about F (repeats)")
  List<String> factions = List.of();

  @Option(names = "--location", paramLabel = "L", description = "only articles about L (repeats)")
  List<String> locations = List.of();

  @Option(names = "--country", paramLabel = "CC", description = "only places in CC (repeats)")
  List<String> countries = List.of();

  @Option(names = "--site", paramLabel = "S", description = "only articles from S (repeats)")
  List<String> sites = List.of();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "published on or after")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "published on or before")
  String to;

  @Option(
      names = "--sort",
      paramLabel = "relevance|newest|oldest",
      description = "the order (default: relevance, newest for an empty query)")
  String sort;

  @Option(names = "--exact", description = "no aliases or other spellings")
  boolean exact;

  @Option(names = "--format", paramLabel = "csv|jsonl", description = "the format (default: csv)")
  String format;

  @Option(names = "--body", description = "each article's whole text too")
  boolean body;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "write here (default: standard output)")
  String target = "-";

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "the query words")
  List<String> words = List.of();

  public Export(Archive archive, PrintStream out) {
    this.archive = archive;
    this.out = out;
  }

  @Override
  public Integer call() throws IOException {
    if (!IndexFolder.hasArticles(index)) {
      throw new CommandFailure("no index at " + index + "; run ./archive ingest first");
    }
    String query = String.join(" ", words);
    SearchRequest request =
        SearchRequest.builder()
            .query(query)
            .factions(factions)
            .locations(locations)
            .countries(countries)
            .sites(sites)
            .from(SearchRequest.date("from", from))
            .to(SearchRequest.date("to", to))
            .sort(SortOrder.parse(sort, query.isBlank()))
            .exact(exact)
            .build();
    ExportFormat chosen = ExportFormat.parse(format);
    try (IndexView view = new IndexView(index)) {
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
