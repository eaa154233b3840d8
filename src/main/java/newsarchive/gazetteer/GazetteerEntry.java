package newsarchive.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * One faction or place of the {@link Gazetteer}: its canonical name, what it is ({@code type}:
 * "armed group", "government", "coalition", "political party" for factions; "country", "admin1",
 * "city", "town", "region", "mountains", ... for places), the canonical name of the larger faction
 * it belongs to ({@code parent}, or null), its ISO 3166 alpha-2 country for places (null for
 * factions) and every alias it is known by. Immutable.
 */
public record GazetteerEntry(
    String canonical, Kind kind, String type, String parent, String country, List<String> aliases) {

  /** Whether an entry is a faction (an armed group, a government's forces, ...) or a place. */
  public enum Kind {
    FACTION,
    PLACE
  }

  public GazetteerEntry {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
  }
}
