package newsarchive.ingest.dates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Publication stamps in the data that script-built pages embed for themselves ({@code
 * "published_at": "2019-03-02T06:22:28+01:00"}, {@code "createdAt"}): the state a shop or
 * single-page app renders from. Weak evidence, as the same data may describe other items too; only
 * the first stamp is taken. Immutable and thread-safe.
 */
final class ScriptDates {
  private static final Pattern PUBLISHED_KEY =
      Pattern.compile(
          "\"([A-Za-z_]*(?:[Pp]ublish|[Cc]reated|[Pp]ub[Dd]ate)[A-Za-z_]*)\"\\s*:\\s*\"([^\"]{8,40})\"");
  private static final Pattern NOT_PUBLICATION =
      Pattern.compile("(?i)publisher|planned|last|latest");

  private final DateValues values;

  ScriptDates(DateValues values) {
    this.values = values;
  }

  /** The first publication stamp in the page's scripts, or null. */
  Stamp first(Document doc) {
    for (Element script : doc.select("script")) {
      Matcher m = PUBLISHED_KEY.matcher(script.data());
      while (m.find()) {
        if (NOT_PUBLICATION.matcher(m.group(1)).find()) {
          continue;
        }
        Stamp stamp = values.stamp(m.group(2));
        if (stamp != null) {
          return stamp;
        }
      }
    }
    return null;
  }
}
