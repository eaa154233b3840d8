package newsarchive.ingest;

import java.nio.file.Path;

public final class GazetteerBuilder {
  public GazetteerBuilder(Path a, Path b) {}

  public String build(Path out) {
    return "";
  }
}
