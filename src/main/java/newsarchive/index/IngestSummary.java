package newsarchive.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one ingest did, over distinct articles: added, updated, unchanged; {@code duplicates} counts
 * repeats of an article within the run; each rejected file or row with its reason; {@code skipped}
 * counts the files in the given folders that are of no type the ingest reads, by type (".png": 2).
 * Immutable.
 */
public record IngestSummary(
    int added,
    int updated,
    int unchanged,
    int duplicates,
    List<Rejection> rejected,
    Map<String, Integer> skipped) {
  public IngestSummary {
    rejected = List.copyOf(rejected);
    skipped = Map.copyOf(skipped);
  }

  /** A summary of a run that skipped no file. */
  public IngestSummary(
      int added, int updated, int unchanged, int duplicates, List<Rejection> rejected) {
    this(added, updated, unchanged, duplicates, rejected, Map.of());
  }

  /** A file or row that was not ingested, and why, in one line. */
  public record Rejection(String source, String reason) {}

  /** How many files were skipped, of every type. */
  public int skippedFiles() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * The summary as the ingest command prints it: the counts in one line; then, when files were
   * skipped, "skipped 3: 2 .png, 1 .docx" (most frequent type first); then one line for each
   * rejected file or row with its reason.
   */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "added %d, updated %d, unchanged %d, duplicates %d, rejected %d%n",
            added,
            updated,
            unchanged,
            duplicates,
            rejected.size()));
    if (!skipped.isEmpty()) {
      List<Map.Entry<String, Integer>> types = new ArrayList<>(skipped.entrySet());
      types.sort(
          Map.Entry.<String, Integer>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()));
      out.append("skipped ").append(skippedFiles()).append(": ");
      for (int i = 0; i < types.size(); i++) {
        out.append(i == 0 ? "" : ", ")
            .append(types.get(i).getValue())
            .append(' ')
            .append(types.get(i).getKey());
      }
      out.append('\n');
    }
    for (Rejection r : rejected) {
      out.append("rejected ").append(r.source()).append(": ").append(r.reason()).append('\n');
    }
    return out.toString();
  }
}
