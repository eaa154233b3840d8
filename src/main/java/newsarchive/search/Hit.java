package newsarchive.search;

import java.util.List;
import newsarchive.search.snippets.Snippet;

/**
 * One article in a result list. {@code snippets} holds the passages' HTML (the contract's shape);
 * {@code passages} the same with paragraph numbers. {@code score} is null when the order is not by
 * relevance. Immutable.
 */
public record Hit(
    String id,
    String title,
    String url,
    String site,
    String published,
    Float score,
    List<String> snippets,
    List<Snippet> passages,
    List<String> factions,
    List<String> locations) {
  public Hit {
    snippets = List.copyOf(snippets);
    passages = List.copyOf(passages);
    factions = List.copyOf(factions);
    locations = List.copyOf(locations);
  }
}
