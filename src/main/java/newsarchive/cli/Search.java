package newsarchive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsarchive.Archive;
import newsarchive.index.IndexFolder;
import newsarchive.search.IndexView;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code archive search}: one search from the terminal, printed for a person or, with {@code
 * --json}, exactly as {@code /api/search} answers it.
 */
@Command(
    name = "search",
    description =
        "One search from the terminal; --json prints exactly what /api/search returns. Exit"
            + " status 1 when there is no index, 2 for a query that cannot be read.")
public final class Search implements Callable<Integer> {
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

  @Option(names = "--page", paramLabel = "N", description = "the page (default: 1)")
  int page = 1;

  @Option(names = "--size", paramLabel = "N", description = "hits a page, 1..100 (default: 10)")
  int size = 10;

  @Option(names = "--exact", description = "no aliases or other spellings")
  boolean exact;

  @Option(names = "--json", description = "print the JSON of /api/search")
  boolean json;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "the query words")
  List<String> words = List.of();

  public Search(Archive archive, PrintStream out) {
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
            .page(page)
            .size(size)
            .exact(exact)
            .build();
    try (IndexView view = new IndexView(index)) {
      SearchResult result = archive.searcher(view).search(request);
      if (json) {
        out.println(archive.json().writeValueAsString(result));
      } else {
        new TerminalResults(out).print(result);
      }
    }
    return 0;
  }
}
