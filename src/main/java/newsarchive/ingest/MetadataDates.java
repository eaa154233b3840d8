package newsarchive.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
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
  /** What a page says about itself; either date may be null. */
  record Declared(LocalDate published, LocalDate modified) {}

  private static final Pattern JSON_LD_DATE =
      Pattern.compile(
          "\"(datePublished|dateCreated|uploadDate|dateModified)\"\\s*:\\s*\"([^\"]{6,40})\"");

  private final DateValues values;

  MetadataDates(DateValues values) {
    this.values = values;
  }

  Declared read(Document doc) {
    LocalDate published = null;
    LocalDate modified = null;
    int publishedRank = Integer.MAX_VALUE;
    for (Element meta : doc.select("meta[content]")) {
      String key = keyOf(meta);
      int rank = publishedRank(key);
      if (rank == Integer.MAX_VALUE && !isModified(key)) {
        continue;
      }
      LocalDate date = values.parse(meta.attr("content"));
      if (date == null) {
        continue;
      }
      if (rank < publishedRank) {
        published = date;
        publishedRank = rank;
      } else if (rank == Integer.MAX_VALUE && modified == null) {
        modified = date;
      }
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Matcher m = JSON_LD_DATE.matcher(script.data());
      while (m.find()) {
        LocalDate date = values.parse(m.group(2));
        if (date == null) {
          continue;
        }
        boolean isPublished = !m.group(1).equals("dateModified");
        if (isPublished && publishedRank > 0) {
          published = date;
          publishedRank = 0;
        } else if (!isPublished && modified == null) {
          modified = date;
        }
      }
    }
    return new Declared(published, modified);
  }

  private static String keyOf(Element meta) {
    for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
      if (meta.hasAttr(attr)) {
        return meta.attr(attr).toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  /** Lower is stronger; {@code MAX_VALUE} when the key does not name a publication date. */
  static int publishedRank(String key) {
    if (key.contains("publisher") || key.contains("expir") || isModified(key)) {
      return Integer.MAX_VALUE;
    }
    if (key.contains("published") || key.contains("publish") || key.contains("pubdate")) {
      return 1;
    }
    if (key.contains("created") || key.contains("issued") || key.contains("pub_date")) {
      return 2;
    }
    if (key.equals("date") || key.endsWith(".date") || key.endsWith(":date")) {
      return 3;
    }
    if (key.contains("release") || key.contains("timestamp")) {
      return 4;
    }
    return Integer.MAX_VALUE;
  }

  static boolean isModified(String key) {
    return key.contains("modif") || key.contains("update") || key.contains("last");
  }

  Optional<LocalDate> published(Document doc) {
    return Optional.ofNullable(read(doc).published());
  }
}
