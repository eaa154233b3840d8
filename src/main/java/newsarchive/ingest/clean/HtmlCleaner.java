package newsarchive.ingest.clean;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a saved news page into a {@link CleanPage}: the article's paragraphs without the page's
 * furniture, and the title, byline, site, canonical URL and language from the page's metadata.
 * Reads the document without changing it. Stateless and thread-safe.
 */
public final class HtmlCleaner {
  private final BodyExtractor bodies = new BodyExtractor();
  private final TitleFinder titles = new TitleFinder();
  private final MetadataFinder metadata = new MetadataFinder();

  public CleanPage clean(Document doc) {
    JsonLd.Facts facts = JsonLd.read(doc);
    MetaTags meta = MetaTags.read(doc);
    ArticleBodyHint hint =
        facts.articleBody() == null ? null : ArticleBodyHint.of(facts.articleBody());
    Element body = doc.body();
    String text = body == null ? "" : bodies.extract(body, hint);
    String site = metadata.site(meta, facts, doc);
    return new CleanPage(
        titles.find(doc, meta, facts, site),
        text,
        metadata.byline(doc, meta, facts),
        site,
        metadata.url(doc, meta),
        metadata.language(doc, meta));
  }
}
