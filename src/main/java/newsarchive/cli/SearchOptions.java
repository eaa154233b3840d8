package newsarchive.cli;

import java.nio.file.Path;
import java.util.List;
import newsarchive.search.SearchRequest;
import newsarchive.search.SortOrder;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options a search takes on the command line, shared by {@code search} and {@code export} (a
 * picocli mixin): the index, the filters, the order and the query words. Not thread-safe.
 */
final class SearchOptions {
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

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "the query words")
  List<String> words = List.of();

  /** A request with these options; page and size are the caller's to add. */
  SearchRequest.Builder request() {
    String query = String.join(" ", words);
    return SearchRequest.builder()
        .query(query)
        .factions(factions)
        .locations(locations)
        .countries(countries)
        .sites(sites)
        .from(SearchRequest.date("from", from))
        .to(SearchRequest.date("to", to))
        .sort(SortOrder.parse(sort, query.isBlank()))
        .exact(exact);
  }
}
