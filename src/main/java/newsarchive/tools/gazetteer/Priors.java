package newsarchive.tools.gazetteer;

/**
 * Ranks entries that share an alias, before any context: a faction over a place, the overlay over
 * raw data, a country over a division over a city over a village, the region (Syria and Iraq first)
 * over the rest of the world, a big place over a small one; the wider world's smaller localities
 * last. The tagger adds context on top. Stateless.
 */
final class Priors {

  private Priors() {}

  static int of(EntryDraft d) {
    if (!d.isPlace()) {
      return 1_000_000 + (d.overlay ? 100_000 : 0);
    }
    int rank =
        switch (d.type) {
          case "country" -> 900;
          case "admin1" -> 600;
          case "admin2" -> 450;
          case "capital" -> 500;
          case "city" -> 400;
          case "town" -> 250;
          case "village" -> 100;
          case "locality" -> 50;
          default -> 650; // overlay regions, mountains, districts, crossings
        };
    if (d.country != null && GeoNamesReader.MENA.contains(d.country)) {
      rank += 1000;
      if (d.country.equals("SY") || d.country.equals("IQ")) {
        rank += 300;
      }
    }
    if (d.overlay) {
      rank += 200;
    }
    rank += (int) Math.round(Math.log10(d.population + 1.0) * 40);
    return rank;
  }
}
