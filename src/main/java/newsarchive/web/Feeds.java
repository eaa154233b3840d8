package newsarchive.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import newsarchive.search.Hit;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.Searcher;
import newsarchive.search.SortOrder;

/**
 * {@code /api/feed.atom} and {@code /api/feed.json}: any search as an Atom feed or a JSON Feed,
 * newest first, each entry linking to the article in the page with its first snippet. Snippets go
 * out as escaped HTML, which feed readers sanitise as they do any feed. Stateless.
 */
final class Feeds {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private Feeds() {}

  /** The JSON Feed 1.1 document. Immutable. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record JsonFeed(
      String version,
      String title,
      @JsonProperty("home_page_url") String homePageUrl,
      @JsonProperty("feed_url") String feedUrl,
      List<Item> items) {}

  /** One article of a JSON Feed. Immutable. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Item(
      String id,
      String url,
      String title,
      @JsonProperty("content_html") String contentHtml,
      @JsonProperty("date_published") String datePublished,
      @JsonProperty("external_url") String externalUrl) {}

  private static SearchResult newest(Context ctx, Searcher searcher) throws IOException {
    SearchRequest asked = SearchParams.from(ctx);
    SearchRequest request =
        SearchRequest.builder()
            .query(asked.query())
            .factions(asked.factions())
            .locations(asked.locations())
            .countries(asked.countries())
            .sites(asked.sites())
            .from(asked.from())
            .to(asked.to())
            .exact(asked.exact())
            .size(ctx.queryParam("size") == null ? 20 : asked.size())
            .sort(SortOrder.NEWEST)
            .facets(List.of("year"))
            .build();
    return searcher.search(request);
  }

  static void json(Context ctx, Searcher searcher) throws IOException {
    SearchResult result = newest(ctx, searcher);
    String base = base(ctx);
    List<Item> items = new ArrayList<>();
    for (Hit h : result.hits()) {
      items.add(
          new Item(
              articleId(h),
              base + "/?article=" + h.id(),
              h.title(),
              h.snippets().isEmpty() ? "" : h.snippets().get(0),
              h.published() == null ? null : timestamp(h.published()),
              h.url()));
    }
    ctx.json(
        new JsonFeed(
            "https://jsonfeed.org/version/1.1",
            title(result),
            pageUrl(ctx, base),
            selfUrl(ctx),
            items));
    // After json(), which sets application/json: JSON Feed has its own type.
    ctx.contentType("application/feed+json; charset=utf-8");
  }

  static void atom(Context ctx, Searcher searcher) throws IOException {
    SearchResult result = newest(ctx, searcher);
    String base = base(ctx);
    String now = Instant.now().atOffset(ZoneOffset.UTC).withNano(0).toString();
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(ATOM);
      element(x, "id", selfUrl(ctx));
      element(x, "title", title(result));
      String newest = result.hits().isEmpty() ? null : result.hits().get(0).published();
      element(x, "updated", newest == null ? now : timestamp(newest));
      link(x, "self", selfUrl(ctx));
      link(x, "alternate", pageUrl(ctx, base));
      x.writeStartElement("author");
      element(x, "name", "News archive");
      x.writeEndElement();
      for (Hit h : result.hits()) {
        x.writeStartElement("entry");
        element(x, "id", articleId(h));
        element(x, "title", h.title());
        element(x, "updated", h.published() == null ? now : timestamp(h.published()));
        if (h.published() != null) {
          element(x, "published", timestamp(h.published()));
        }
        link(x, "alternate", base + "/?article=" + h.id());
        if (!h.snippets().isEmpty()) {
          x.writeStartElement("summary");
          x.writeAttribute("type", "html");
          x.writeCharacters(h.snippets().get(0));
          x.writeEndElement();
        }
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException("writing the Atom feed failed", e);
    }
    ctx.contentType("application/atom+xml; charset=utf-8");
    ctx.result(text.toString());
  }

  private static void element(XMLStreamWriter x, String name, String text)
      throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("href", href);
  }

  private static String title(SearchResult result) {
    return "News archive: " + (result.query().isEmpty() ? "all articles" : result.query());
  }

  /** A stable id for an article that is an IRI, as Atom requires. */
  private static String articleId(Hit h) {
    return "urn:newsarchive:article:" + h.id();
  }

  private static String timestamp(String date) {
    return LocalDate.parse(date) + "T00:00:00Z";
  }

  private static String base(Context ctx) {
    String url = ctx.url();
    return url.substring(0, url.length() - ctx.path().length());
  }

  private static String selfUrl(Context ctx) {
    return ctx.queryString() == null ? ctx.url() : ctx.url() + "?" + ctx.queryString();
  }

  /** The page showing the same search. */
  private static String pageUrl(Context ctx, String base) {
    return base + "/" + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
  }
}
