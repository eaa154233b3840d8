package newsarchive.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsarchive.search.InvalidQueryException;
import newsarchive.search.SearchRequest;

/**
 * The search a saved search keeps, as the page's query string: the words, each facet's values, mode
 * and exclusions, the dates, the order and {@code exact}. The page's place in the results (page,
 * cursor, open article) is not part of the search and is dropped. Stateless.
 */
final class SavedQuery {
  static final int MAX_LENGTH = 4000;

  /** The parameters a saved search keeps, in the order it writes them. */
  private static final List<String> KEPT = kept();

  /** The page's own parameters, which say where it is rather than what it searches. */
  private static final Set<String> DROPPED =
      Set.of("page", "after", "at", "article", "para", "size", "facets");

  private SavedQuery() {}

  private static List<String> kept() {
    List<String> out = new ArrayList<>(List.of("q"));
    for (String dim : SearchRequest.SELECTABLE) {
      out.addAll(List.of(dim, dim + ".mode", dim + ".not"));
    }
    out.addAll(List.of("from", "to", "sort", "exact"));
    return List.copyOf(out);
  }

  /**
   * The query string a search is saved as: {@code given} (with or without its {@code ?}) checked as
   * {@code /api/search} checks it, less the page's own parameters, in a fixed order. A parameter of
   * neither kind is an {@link InvalidQueryException}.
   */
  static String canonical(String given) {
    String raw = given == null ? "" : given.strip();
    raw = raw.startsWith("?") ? raw.substring(1) : raw;
    if (raw.length() > MAX_LENGTH) {
      throw new InvalidQueryException(
          "A saved search's query is at most " + MAX_LENGTH + " characters.");
    }
    Map<String, List<String>> params = parse(raw);
    for (String name : params.keySet()) {
      if (!KEPT.contains(name) && !DROPPED.contains(name)) {
        throw new InvalidQueryException(
            "A saved search keeps q, the filters, from, to, sort and exact; '"
                + SearchParams.shorten(name)
                + "' is none of them.");
      }
    }
    SearchParams.from(name -> params.getOrDefault(name, List.of()));
    StringBuilder out = new StringBuilder();
    for (String name : KEPT) {
      for (String value : params.getOrDefault(name, List.of())) {
        if (!value.isBlank()) {
          out.append(out.isEmpty() ? "" : "&")
              .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
      }
    }
    return out.toString();
  }

  /** The search request of a saved query string, read as {@code /api/search} reads its own. */
  static SearchRequest request(String saved) {
    Map<String, List<String>> params = parse(saved);
    return SearchParams.from(name -> params.getOrDefault(name, List.of()));
  }

  private static Map<String, List<String>> parse(String raw) {
    if (!Utf8Check.validEscapes(raw)) {
      throw new InvalidQueryException(WebServer.NOT_UTF8);
    }
    Map<String, List<String>> params = new HashMap<>();
    if (raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } catch (IllegalArgumentException e) {
        throw new InvalidQueryException("The saved search's query has a broken %-escape.");
      }
    }
    return params;
  }
}
