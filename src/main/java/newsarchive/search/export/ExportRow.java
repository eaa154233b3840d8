package newsarchive.search.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import newsarchive.search.Hit;
import newsarchive.search.HitDetails;

/**
 * One hit as an export writes it: a JSON Lines object, field for field, or a CSV row in {@link
 * #HEADER}'s order. {@code snippet} is plain text (no markup); {@code body} is null when the export
 * leaves bodies out. Immutable.
 */
public record ExportRow(
    String id,
    String published,
    String site,
    String url,
    String title,
    String byline,
    List<String> factions,
    List<String> places,
    List<String> countries,
    String snippet,
    @JsonInclude(JsonInclude.Include.NON_NULL) String body) {
  /** The CSV header row. */
  public static final List<String> HEADER =
      List.of(
          "id",
          "published",
          "site",
          "url",
          "title",
          "byline",
          "factions",
          "places",
          "countries",
          "snippet",
          "body");

  public ExportRow {
    factions = List.copyOf(factions);
    places = List.copyOf(places);
    countries = List.copyOf(countries);
  }

  /** The row for {@code hit}; its body is there when the export asked for bodies. */
  public static ExportRow of(Hit hit, HitDetails details) {
    return new ExportRow(
        hit.id(),
        hit.published(),
        hit.site(),
        hit.url(),
        hit.title(),
        details.byline(),
        hit.factions(),
        hit.locations(),
        details.countries(),
        hit.snippets().isEmpty() ? "" : plainText(hit.snippets().get(0)),
        details.body());
  }

  /** The cells of the CSV row, lists joined with "; ", the body left empty when not exported. */
  public List<String> cells() {
    return List.of(
        id,
        orEmpty(published),
        orEmpty(site),
        orEmpty(url),
        orEmpty(title),
        orEmpty(byline),
        String.join("; ", factions),
        String.join("; ", places),
        String.join("; ", countries),
        snippet,
        orEmpty(body));
  }

  /**
   * A snippet's text without its markup: the snippet formatter escapes exactly these five
   * characters and adds only {@code <mark>}, so undoing that is exact.
   */
  static String plainText(String html) {
    return html.replace("<mark>", "")
        .replace("</mark>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
