package newsarchive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import newsarchive.Archive;
import newsarchive.index.IndexFolder;
import newsarchive.search.IndexView;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

  @Mixin SearchOptions search = new SearchOptions();

  @Option(names = "--page", paramLabel = "N", description = "the page (default: 1)")
  int page = 1;

  @Option(names = "--size", paramLabel = "N", description = "hits a page, 1..100 (default: 10)")
  int size = 10;

  @Option(names = "--json", description = "print the JSON of /api/search")
  boolean json;

  public Search(Archive archive, PrintStream out) {
    this.archive = archive;
    this.out = out;
  }

  @Override
  public Integer call() throws IOException {
    if (!IndexFolder.hasArticles(search.index)) {
      throw new CommandFailure("no index at " + search.index + "; run ./archive ingest first");
    }
    SearchRequest request = search.request().page(page).size(size).build();
    try (IndexView view = new IndexView(search.index)) {
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
