package newsarchive.search.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import newsarchive.ingest.Article;
import newsarchive.ingest.entities.PlaceTag;
import newsarchive.search.Hit;

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

  /** The row for {@code hit}, whose stored article is {@code article}. */
  public static ExportRow of(Hit hit, Article article, boolean withBody) {
    List<String> countries = new ArrayList<>();
    for (PlaceTag p : article.locations()) {
      if (p.country() != null && !countries.contains(p.country())) {
        countries.add(p.country());
      }
    }
    return new ExportRow(
        hit.id(),
        hit.published(),
        hit.site(),
        hit.url(),
        hit.title(),
        article.byline(),
        hit.factions(),
        hit.locations(),
        countries,
        hit.snippets().isEmpty() ? "" : plainText(hit.snippets().get(0)),
        withBody ? article.body() : null);
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
