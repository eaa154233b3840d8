package newsarchive.ingest;

import java.util.List;
import newsarchive.ingest.entities.FactionTag;

/** Articles for tests that need one article and care about few of its fields. */
public final class Articles {
  private Articles() {}

  /** An undated English article without URL or tags. */
  public static Article plain(String source, String title, String body) {
    return tagged(source, title, body, List.of());
  }

  /** An undated English article without URL, tagged with {@code factions}. */
  public static Article tagged(
      String source, String title, String body, List<FactionTag> factions) {
    return new Article(
        source, title, null, null, null, null, null, "en", body, factions, List.of(), List.of());
  }
}
