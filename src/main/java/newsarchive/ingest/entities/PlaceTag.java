package newsarchive.ingest.entities;

import java.util.List;
import java.util.Objects;

/**
 * A place named in an article, under its canonical name, with every mention of it. {@code country}
 * is the ISO 3166 alpha-2 code; {@code admin1} the first-level division's name, or null for a
 * country; {@code geonameId} is null for places from the hand-kept overlay that GeoNames lacks.
 * Immutable.
 */
public record PlaceTag(
    String name,
    String country,
    String admin1,
    double lat,
    double lon,
    Long geonameId,
    List<Mention> mentions) {
  public PlaceTag {
    Objects.requireNonNull(name, "name");
    mentions = List.copyOf(mentions);
  }
}
