package newsarchive.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What one benchmark run does, from the command line of {@code ./archive bench}.
 *
 * @param articles corpus size
 * @param seed generator seed
 * @param work folder for corpora, indexes and logs (large; outside the repository is best)
 * @param runs repetitions of every search measurement, for medians
 * @param ingestRuns repetitions of every ingest measurement (each takes minutes at 100k)
 * @param seconds length of each wrk run
 * @param heap -Xmx of each server
 * @param phases which of html, jsonl, search, export to run
 * @param solr whether Solr is measured beside the archive in the jsonl and search phases
 * @param baselineCp class path of an earlier build of the archive to search beside this one on the
 *     same index (empty: none), for a before/after comparison under the same machine load
 */
record BenchOptions(
    int articles,
    long seed,
    Path work,
    int runs,
    int ingestRuns,
    int seconds,
    String heap,
    List<String> phases,
    boolean solr,
    String baselineCp) {
  BenchOptions {
    if (articles < 1 || runs < 1 || ingestRuns < 1 || seconds < 1) {
      throw new IllegalArgumentException("articles, runs and seconds must be positive");
    }
    phases = List.copyOf(phases);
  }

  static BenchOptions parse(List<String> args) {
    int articles = 100_000;
    long seed = 42;
    Path work = Path.of("target", "bench");
    int runs = 3;
    int ingestRuns = 3;
    int seconds = 15;
    String heap = "2g";
    List<String> phases = List.of("html", "jsonl", "search");
    boolean solr = true;
    String baselineCp = "";
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String v = i + 1 < args.size() ? args.get(i + 1) : null;
      if (v == null) {
        throw new IllegalArgumentException(a + " needs a value");
      }
      switch (a) {
        case "--articles" -> articles = Integer.parseInt(v);
        case "--seed" -> seed = Long.parseLong(v);
        case "--work" -> work = Path.of(v);
        case "--runs" -> runs = Integer.parseInt(v);
        case "--ingest-runs" -> ingestRuns = Integer.parseInt(v);
        case "--seconds" -> seconds = Integer.parseInt(v);
        case "--heap" -> heap = v;
        case "--phases" -> phases = List.of(v.split(","));
        case "--solr" -> solr = Boolean.parseBoolean(v);
        case "--baseline-cp" -> baselineCp = v;
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
      i++;
    }
    return new BenchOptions(
        articles, seed, work, runs, ingestRuns, seconds, heap, phases, solr, baselineCp);
  }
}
