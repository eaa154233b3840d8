package newsarchive.ingest;

import newsarchive.ingest.dates.DateExtractor;
import newsarchive.ingest.entities.Entities;
import newsarchive.ingest.entities.EntityTagger;
import newsarchive.ingest.read.RawArticle;

/** Tags a {@link RawArticle}'s body with factions, places and dates. Thread-safe. */
public final class ArticleBuilder {
  private final EntityTagger tagger;
  private final DateExtractor dates;

  public ArticleBuilder(EntityTagger tagger, DateExtractor dates) {
    this.tagger = tagger;
    this.dates = dates;
  }

  public Article build(RawArticle raw) {
    Entities entities = tagger.tag(raw.body());
    return new Article(
        raw.source(),
        raw.title(),
        raw.published(),
        raw.byline(),
        raw.dateline(),
        raw.site(),
        raw.url(),
        raw.language(),
        raw.body(),
        entities.factions(),
        entities.locations(),
        dates.extract(raw.body(), raw.published()),
        raw.captured(),
        raw.pages());
  }
}
