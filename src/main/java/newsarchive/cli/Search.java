package newsarchive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import newsarchive.Archive;
import newsarchive.index.IndexFolder;
import newsarchive.search.IndexView;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SortOrder;

/**
 * {@code archive search}: one search from the terminal, printed for a person or, with {@code
 * --json}, exactly as {@code /api/search} answers it.
 */
public final class Search implements Command {
  private static final Set<String> VALUED =
      Set.of(
          "index", "faction", "location", "country", "site", "from", "to", "sort", "page", "size");

  private final Archive archive;
  private final PrintStream out;
  private final PrintStream err;

  public Search(Archive archive, PrintStream out, PrintStream err) {
    this.archive = archive;
    this.out = out;
    this.err = err;
  }

  @Override
  public int run(List<String> args) throws IOException {
    Arguments a = Arguments.parse(args, VALUED, Set.of("json", "exact"));
    Config config = Settings.from(a);
    if (!IndexFolder.hasArticles(config.index())) {
      err.println("archive search: no index at " + config.index() + "; run ./archive ingest first");
      return 1;
    }
    String query = String.join(" ", a.operands());
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
            .page(a.number("page", 1))
            .size(a.number("size", 10))
            .exact(a.flag("exact"))
            .build();
    try (IndexView view = new IndexView(config.index())) {
      SearchResult result = archive.searcher(view).search(request);
      if (a.flag("json")) {
        out.println(archive.json().writeValueAsString(result));
      } else {
        new TerminalResults(out).print(result);
      }
    }
    return 0;
  }
}
