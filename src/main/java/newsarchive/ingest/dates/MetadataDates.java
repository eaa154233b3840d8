package newsarchive.ingest.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The dates a page declares about itself for machines: {@code <meta>} tags (Open Graph, Dublin
 * Core, Parse.ly and the like), schema.org JSON-LD and microdata. Reads publication dates apart
 * from modification dates, as a page updated today was still published when it was. Immutable and
 * thread-safe.
 */
final class MetadataDates {
  /**
   * What a page says about itself: the strongest publication and modification stamps (either may be
   * null) and every stamp read, for guessing the page's time zone.
   */
  record Declared(Stamp published, int rank, Stamp modified, List<Stamp> all) {
    Declared {
      all = List.copyOf(all);
    }
  }

  private static final Pattern JSON_LD_DATE =
      Pattern.compile(
          "\"(datePublished|dateCreated|uploadDate|dateModified)\"\\s*:\\s*\"([^\"]{6,40})\"");
  private static final int NONE = Integer.MAX_VALUE;

  /** The rank of tags that say "date" without saying which: often the day the page was served. */
  static final int GENERIC = 3;

  private final DateValues values;

  MetadataDates(DateValues values) {
    this.values = values;
  }

  Declared read(Document doc) {
    Stamp published = null;
    Stamp modified = null;
    int publishedRank = NONE;
    List<Stamp> all = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Matcher m = JSON_LD_DATE.matcher(script.data());
      while (m.find()) {
        Stamp stamp = values.stamp(m.group(2));
        if (stamp == null) {
          continue;
        }
        all.add(stamp);
        boolean isPublished = !m.group(1).equals("dateModified");
        int rank = m.group(1).equals("datePublished") ? 0 : 1;
        if (isPublished && rank < publishedRank) {
          published = stamp;
          publishedRank = rank;
        } else if (!isPublished && modified == null) {
          modified = stamp;
        }
      }
    }
    for (Element meta : doc.select("meta[content]")) {
      String key = keyOf(meta);
      int rank = publishedRank(key);
      if (rank == NONE && !isModified(key)) {
        continue;
      }
      Stamp stamp = values.stamp(meta.attr("content"));
      if (stamp == null) {
        continue;
      }
      all.add(stamp);
      if (rank < publishedRank) {
        published = stamp;
        publishedRank = rank;
      } else if (rank == NONE && modified == null) {
        modified = stamp;
      }
    }
    return new Declared(published, publishedRank, modified, all);
  }

  private static String keyOf(Element meta) {
    for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
      if (meta.hasAttr(attr)) {
        return meta.attr(attr).toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  /** Lower is stronger; {@link #NONE} when the key does not name a publication date. */
  static int publishedRank(String key) {
    if (key.contains("publisher") || key.contains("expir") || isModified(key)) {
      return NONE;
    }
    if (key.contains("publish") || key.contains("pubdate")) {
      return 1;
    }
    if (key.contains("created")
        || key.contains("issued")
        || key.contains("pub_date")
        || key.contains("upload")) {
      return 2;
    }
    if (key.equals("date") || key.endsWith(".date") || key.endsWith(":date")) {
      return GENERIC;
    }
    if (key.contains("release") || key.contains("timestamp")) {
      return GENERIC + 1;
    }
    return NONE;
  }

  static boolean isModified(String key) {
    return key.contains("modif") || key.contains("update") || key.contains("last");
  }
}
