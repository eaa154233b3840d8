package newsarchive.search;

/**
 * An article that came into the index after a mark: what a saved search's webhook sends of it.
 * {@code indexed} is the article's indexed time (microseconds since 1970); {@code published} is
 * YYYY-MM-DD or null, {@code url} and {@code site} may be null. Immutable.
 */
public record Arrival(
    String id, String title, String url, String site, String published, long indexed) {}
