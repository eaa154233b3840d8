package newsarchive.index;

import java.util.List;

/**
 * What one ingest did, over distinct articles: added, updated, unchanged; {@code duplicates} counts
 * repeats of an article within the run; each rejected file or row with its reason. Immutable.
 */
public record IngestSummary(
    int added, int updated, int unchanged, int duplicates, List<Rejection> rejected) {
  public IngestSummary {
    rejected = List.copyOf(rejected);
  }

  /** A file or row that was not ingested, and why, in one line. */
  public record Rejection(String source, String reason) {}

  /** The summary as the ingest command prints it. */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            java.util.Locale.ROOT,
            "added %d, updated %d, unchanged %d, duplicates %d, rejected %d%n",
            added,
            updated,
            unchanged,
            duplicates,
            rejected.size()));
    for (Rejection r : rejected) {
      out.append("rejected ").append(r.source()).append(": ").append(r.reason()).append('\n');
    }
    return out.toString();
  }
}
