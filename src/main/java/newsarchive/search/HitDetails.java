package newsarchive.search;

import java.util.List;

/**
 * What an export row adds to a {@link Hit}: the byline (null when the article has none), the
 * countries of its places, and the body when the export asked for bodies (else null). Immutable.
 */
public record HitDetails(String byline, List<String> countries, String body) {
  public HitDetails {
    byline = byline == null || byline.isEmpty() ? null : byline;
    countries = List.copyOf(countries);
  }
}
