package newsarchive.saved;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import newsarchive.search.Arrival;

/**
 * The JSON body a webhook receives: which delivery this is (the same again when a delivery whose
 * answer was lost is tried again, so a receiver can tell a repeat), the saved search, and its new
 * articles in the order they were indexed. Immutable.
 */
record WebhookPost(String delivery, Search savedSearch, List<Article> articles) {
  /** The saved search the articles match. */
  record Search(long id, String name, String query) {}

  /** One new article; {@code url}, {@code site} and {@code published} may be null. */
  record Article(
      String id, String title, String url, String site, String published, Instant indexed) {}

  WebhookPost {
    articles = List.copyOf(articles);
  }

  /** The post telling {@code search} of {@code found}, which reach up to the mark {@code until}. */
  static WebhookPost of(SavedSearch search, List<Arrival> found, long until) {
    return new WebhookPost(
        search.id() + "-" + search.webhookMark() + "-" + until,
        new Search(search.id(), search.name(), search.query()),
        found.stream()
            .map(
                a ->
                    new Article(
                        a.id(),
                        a.title(),
                        a.url(),
                        a.site(),
                        a.published(),
                        Instant.EPOCH.plus(a.indexed(), ChronoUnit.MICROS)))
            .toList());
  }
}
