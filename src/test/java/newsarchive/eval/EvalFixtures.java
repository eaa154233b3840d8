package newsarchive.eval;

import newsarchive.ingest.ArticleBuilder;
import newsarchive.ingest.ArticleReaders;
import newsarchive.ingest.DateExtractor;
import newsarchive.ingest.EntityTagger;
import newsarchive.ingest.Gazetteer;
import newsarchive.ingest.HtmlCleaner;
import newsarchive.ingest.JsonMapper;
import newsarchive.ingest.PublicationDateFinder;
import newsarchive.ingest.TextDecoder;

/** The ingest objects the eval tests share, built as Main builds them; the gazetteer loads once. */
final class EvalFixtures {
  static final Gazetteer GAZETTEER = Gazetteer.load();

  private EvalFixtures() {}

  static ArticleReaders readers() {
    return new ArticleReaders(
        new TextDecoder(), new HtmlCleaner(), new PublicationDateFinder(), JsonMapper.create());
  }

  static EntityTagger tagger() {
    return new EntityTagger(GAZETTEER);
  }

  static ArticleBuilder builder() {
    return new ArticleBuilder(tagger(), new DateExtractor());
  }
}
