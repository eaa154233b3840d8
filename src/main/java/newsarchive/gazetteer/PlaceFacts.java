package newsarchive.gazetteer;

/**
 * What a place tag needs beyond its {@link GazetteerEntry}: the first-level division's name (null
 * for a country or a place that spans several), coordinates, the GeoNames id (null for places of
 * the hand-kept overlay) and the population (0 when unknown). Immutable.
 */
public record PlaceFacts(String admin1, double lat, double lon, Long geonameId, long population) {}
