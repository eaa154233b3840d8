package newsarchive.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The fixed mix of searches the load runs cycle through, as the browser page asks for them, and the
 * same searches in Solr's terms: words AND-ed over title and body, values within a facet OR-ed,
 * facets AND-ed, each facet counted without its own selection (Solr's tagged filters), ten hits a
 * page with highlighted snippets. Thread-safe (immutable).
 */
final class QueryMix {
  /** One search: words, selected factions and locations, page. */
  record Search(String kind, String q, List<String> factions, List<String> locations, int page) {
    Search {
      factions = List.copyOf(factions);
      locations = List.copyOf(locations);
    }
  }

  static final List<Search> SEARCHES =
      List.of(
          new Search("rare words", "queen sergeant", List.of(), List.of(), 1),
          new Search("common word", "shelling", List.of(), List.of(), 1),
          new Search("two words", "aid convoy", List.of(), List.of(), 1),
          new Search("phrase", "\"heavy shelling\"", List.of(), List.of(), 1),
          new Search("one facet", "shelling", List.of("Islamic State"), List.of(), 1),
          new Search("two facets", "convoy", List.of("Islamic State"), List.of("Raqqa"), 1),
          new Search("multi-select", "shelling", List.of("Hezbollah", "Peshmerga"), List.of(), 1),
          new Search("deep page", "shelling", List.of(), List.of(), 50),
          new Search("browse a place", "", List.of(), List.of("Raqqa"), 1),
          new Search("deep browse", "", List.of(), List.of(), 200));

  /**
   * The facets the page asks for: months only when the date range falls in one year, which no
   * search of the mix has (the Solr peer's config counts the same five).
   */
  static final String PAGE_FACETS = "faction,location,country,site,year";

  private QueryMix() {}

  /** The archive's /api/search path for each search. */
  static List<String> archivePaths() {
    List<String> out = new ArrayList<>();
    for (Search s : SEARCHES) {
      StringBuilder p = new StringBuilder("/api/search?q=").append(enc(s.q()));
      s.factions().forEach(f -> p.append("&faction=").append(enc(f)));
      s.locations().forEach(l -> p.append("&location=").append(enc(l)));
      if (s.page() > 1) {
        p.append("&page=").append(s.page());
      }
      p.append("&facets=").append(PAGE_FACETS);
      out.add(p.toString());
    }
    return out;
  }

  /** The Solr peer's /select path for each search (facets and highlighting in its defaults). */
  static List<String> solrPaths(String core) {
    List<String> out = new ArrayList<>();
    for (Search s : SEARCHES) {
      StringBuilder p = new StringBuilder("/solr/").append(core).append("/select?q=");
      if (s.q().isEmpty()) {
        p.append(enc("*:*")).append("&sort=").append(enc("published desc,id asc"));
      } else {
        p.append(enc(s.q())).append("&sort=").append(enc("score desc,id asc"));
      }
      filter(p, "faction", s.factions());
      filter(p, "location", s.locations());
      if (s.page() > 1) {
        p.append("&start=").append((s.page() - 1) * 10);
      }
      out.add(p.toString());
    }
    return out;
  }

  private static void filter(StringBuilder p, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    String or =
        values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(" OR ", "(", ")"));
    p.append("&fq=").append(enc(String.format(Locale.ROOT, "{!tag=%s}%s:%s", field, field, or)));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
