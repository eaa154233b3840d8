package newsarchive.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import newsarchive.search.InvalidQueryException;
import newsarchive.search.SearchRequest;
import newsarchive.search.SortOrder;

/** Reads a {@link SearchRequest} from a request's query string, with a sentence for each error. */
final class SearchParams {
  private static final int MAX_VALUES = 50;

  private SearchParams() {}

  /** Where a request's parameters come from: the address, or a saved search's query string. */
  interface Params {
    /** Every value of the parameter {@code name}, in order; empty when absent. */
    List<String> queryParams(String name);
  }

  static SearchRequest from(Context ctx) {
    return from(ctx::queryParams);
  }

  static SearchRequest from(Params ctx) {
    String q = single(ctx, "q", "");
    SearchRequest.Builder request = SearchRequest.builder();
    for (String dim : SearchRequest.SELECTABLE) {
      request.allOf(dim, mode(ctx, dim + ".mode")).excluded(dim, many(ctx, dim + ".not"));
    }
    return request
        .query(q)
        .factions(many(ctx, "faction"))
        .locations(many(ctx, "location"))
        .countries(many(ctx, "country"))
        .sites(many(ctx, "site"))
        .from(date(ctx, "from"))
        .to(date(ctx, "to"))
        .sort(SortOrder.parse(single(ctx, "sort", null), q.isBlank()))
        .page(number(ctx, "page", 1))
        .size(number(ctx, "size", 10))
        .after(blankToNull(single(ctx, "after", null)))
        .exact(bool(ctx, "exact"))
        .facets(commaSeparated(ctx, "facets"))
        .build();
  }

  /** Values given as "a,b" or as the parameter repeated, or both. */
  private static List<String> commaSeparated(Params ctx, String name) {
    return many(ctx, name).stream()
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .toList();
  }

  private static String single(Params ctx, String name, String fallback) {
    List<String> values = ctx.queryParams(name);
    if (values.size() > 1) {
      throw new InvalidQueryException("Give " + name + " once, not " + values.size() + " times.");
    }
    return values.isEmpty() ? fallback : values.get(0);
  }

  private static List<String> many(Params ctx, String name) {
    List<String> values =
        ctx.queryParams(name).stream()
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .distinct()
            .toList();
    if (values.size() > MAX_VALUES) {
      throw new InvalidQueryException(
          "At most " + MAX_VALUES + " values of " + name + " can be selected.");
    }
    return values;
  }

  private static int number(Params ctx, String name, int fallback) {
    String v = single(ctx, name, null);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new InvalidQueryException(name + " must be a whole number, not '" + shorten(v) + "'.");
    }
  }

  private static LocalDate date(Params ctx, String name) {
    return SearchRequest.date(name, single(ctx, name, null));
  }

  /** A true/false parameter; absent is false. */
  static boolean flag(Context ctx, String name) {
    return bool(ctx::queryParams, name);
  }

  private static boolean bool(Params ctx, String name) {
    String v = single(ctx, name, "false").strip();
    return switch (v) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off", "" -> false;
      default -> throw new InvalidQueryException(name + " must be true or false.");
    };
  }

  /** Reads {@code any} (the default) or {@code all}: whether all selected values must match. */
  private static boolean mode(Params ctx, String name) {
    String v = single(ctx, name, "any").strip().toLowerCase(java.util.Locale.ROOT);
    return switch (v) {
      case "all" -> true;
      case "any", "" -> false;
      default ->
          throw new InvalidQueryException(name + " must be any or all, not '" + shorten(v) + "'.");
    };
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
