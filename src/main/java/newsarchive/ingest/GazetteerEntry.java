package newsarchive.ingest;

import java.util.List;

public record GazetteerEntry(
    String canonical, Kind kind, String type, String parent, String country, List<String> aliases) {
  public enum Kind {
    FACTION,
    PLACE
  }
}
