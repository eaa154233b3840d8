package newsarchive.ingest.entities;

import java.util.List;
import java.util.Objects;

/**
 * A faction named in an article, under its canonical name, with every mention of it. {@code parent}
 * is the canonical name of the larger group it belongs to, or null. Immutable.
 */
public record FactionTag(String name, String type, String parent, List<Mention> mentions) {
  public FactionTag {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    mentions = List.copyOf(mentions);
  }
}
