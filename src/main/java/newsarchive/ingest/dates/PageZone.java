package newsarchive.ingest.dates;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;

/**
 * Guesses the time zone a page was published in, to turn UTC instants into the publisher's calendar
 * day. The page's own local offsets win ("2023-11-08T21:11:03-05:00" next to the UTC stamp); else
 * the language and region of the page stand for a zone. Immutable and thread-safe.
 */
final class PageZone {
  private static final ZoneId CENTRAL_EUROPE = ZoneId.of("Europe/Berlin");
  private static final Map<String, ZoneId> BY_LANGUAGE =
      Map.ofEntries(
          Map.entry("de", CENTRAL_EUROPE),
          Map.entry("fr", ZoneId.of("Europe/Paris")),
          Map.entry("it", ZoneId.of("Europe/Rome")),
          Map.entry("es", ZoneId.of("Europe/Madrid")),
          Map.entry("nl", ZoneId.of("Europe/Amsterdam")),
          Map.entry("pl", ZoneId.of("Europe/Warsaw")),
          Map.entry("cs", ZoneId.of("Europe/Prague")),
          Map.entry("da", ZoneId.of("Europe/Copenhagen")),
          Map.entry("sv", ZoneId.of("Europe/Stockholm")),
          Map.entry("no", ZoneId.of("Europe/Oslo")),
          Map.entry("nb", ZoneId.of("Europe/Oslo")),
          Map.entry("fi", ZoneId.of("Europe/Helsinki")),
          Map.entry("tr", ZoneId.of("Europe/Istanbul")),
          Map.entry("ar", ZoneId.of("Asia/Damascus")),
          Map.entry("ru", ZoneId.of("Europe/Moscow")),
          Map.entry("ja", ZoneId.of("Asia/Tokyo")),
          Map.entry("ko", ZoneId.of("Asia/Seoul")),
          Map.entry("zh", ZoneId.of("Asia/Shanghai")),
          Map.entry("en-us", ZoneId.of("America/New_York")),
          Map.entry("en-gb", ZoneId.of("Europe/London")),
          Map.entry("en-ie", ZoneId.of("Europe/Dublin")),
          Map.entry("en-au", ZoneId.of("Australia/Sydney")),
          Map.entry("en-in", ZoneId.of("Asia/Kolkata")));

  private PageZone() {}

  /**
   * The zone of the page: the most frequent non-UTC offset among its stamps, else the zone of its
   * language, else null (leave UTC days as they are).
   */
  static ZoneId of(Document doc, List<Stamp> stamps) {
    Map<ZoneOffset, Integer> counts = new HashMap<>();
    for (Stamp stamp : stamps) {
      if (stamp.time() != null && stamp.offset() != null && stamp.offset().getTotalSeconds() != 0) {
        counts.merge(stamp.offset(), 1, Integer::sum);
      }
    }
    ZoneOffset best = null;
    for (Map.Entry<ZoneOffset, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    if (best != null) {
      return best;
    }
    return byLanguage(languageOf(doc));
  }

  static ZoneId byLanguage(String lang) {
    String tag = lang.toLowerCase(Locale.ROOT).replace('_', '-');
    ZoneId zone = BY_LANGUAGE.get(tag.length() > 5 ? tag.substring(0, 5) : tag);
    if (zone == null && tag.length() >= 2) {
      zone = BY_LANGUAGE.get(tag.substring(0, 2));
    }
    return zone;
  }

  static String languageOf(Document doc) {
    String lang = doc.select("html[lang]").attr("lang");
    if (lang.isBlank()) {
      lang = doc.select("meta[property=og:locale]").attr("content");
    }
    if (lang.isBlank()) {
      lang = doc.select("meta[http-equiv=content-language]").attr("content");
    }
    return lang.strip();
  }
}
