package newsarchive.ingest.clean;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} values by lowercase key ({@code og:title}, {@code author}, {@code
 * description}), whichever of {@code property}, {@code name} or {@code itemprop} names them; the
 * first value of a key wins. Immutable once read.
 */
final class MetaTags {
  private final Map<String, String> values;

  private MetaTags(Map<String, String> values) {
    this.values = values;
  }

  static MetaTags read(Document doc) {
    Map<String, String> values = new HashMap<>();
    for (Element meta : doc.getElementsByTag("meta")) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop"}) {
        // One tag may serve several keys: property="og:title twitter:title".
        for (String key : meta.attr(attr).toLowerCase(Locale.ROOT).split("\\s+")) {
          if (!key.isEmpty()) {
            values.putIfAbsent(key, content);
          }
        }
      }
    }
    return new MetaTags(values);
  }

  /** The first of the keys that has a value, or null. */
  String first(String... keys) {
    for (String key : keys) {
      String v = values.get(key);
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
