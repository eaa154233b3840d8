package newsarchive.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The search mix against this build and an earlier one ({@code --baseline-cp}) serving the same
 * index, runs alternating, so a change's cost is read under the same machine load rather than
 * against figures taken on another day. Not thread-safe.
 */
final class BaselineSearch {
  private static final int OURS = 7391;
  private static final int BASELINE = 7392;
  private static final int[] CLIENTS = {1, 4, 16};
  private final BenchOptions o;
  private final Report report;
  private final PrintStream log;
  private final Path javaHome;
  private final Path repo;

  BaselineSearch(BenchOptions o, Report report, PrintStream log, Path javaHome, Path repo) {
    this.o = o;
    this.report = report;
    this.log = log;
    this.javaHome = javaHome;
    this.repo = repo;
  }

  void run(Path index) throws IOException {
    Path paths = WrkLoad.writePaths(o.work().resolve("archive-paths.txt"), QueryMix.archivePaths());
    WrkLoad wrk = new WrkLoad(o.work());
    String ours = "http://127.0.0.1:" + OURS;
    String baseline = "http://127.0.0.1:" + BASELINE;
    report.heading("Search over HTTP: this build against the baseline build, same index");
    report.note(
        "The baseline is the class path given with --baseline-cp. Both serve the index this run"
            + " wrote, with -Xmx"
            + o.heap()
            + "; runs of "
            + o.seconds()
            + " s alternate between them.");
    report.table(
        "clients",
        "run",
        "this req/s",
        "this p50 ms",
        "this p99 ms",
        "this errors",
        "baseline req/s",
        "baseline p50 ms",
        "baseline p99 ms",
        "baseline errors",
        "p99 this / baseline",
        "this CPU ms/req",
        "baseline CPU ms/req");
    try (ChildJvm a =
            BenchMain.startArchive(
                o,
                javaHome,
                repo,
                System.getProperty("bench.archive.cp"),
                new BenchMain.Server(OURS, o.heap()),
                index,
                "serve.log");
        ChildJvm b =
            BenchMain.startArchive(
                o,
                javaHome,
                repo,
                o.baselineCp(),
                new BenchMain.Server(BASELINE, o.heap()),
                index,
                "serve-baseline.log")) {
      a.awaitFirstAnswer(BenchMain.archiveSearch(OURS), Duration.ofMinutes(5));
      b.awaitFirstAnswer(BenchMain.archiveSearch(BASELINE), Duration.ofMinutes(5));
      log.println("bench: warming both builds up");
      wrk.run(ours, paths, 4, Math.max(10, o.seconds()));
      wrk.run(baseline, paths, 4, Math.max(10, o.seconds()));
      for (int clients : CLIENTS) {
        List<double[]> rows = new ArrayList<>();
        for (int r = 1; r <= o.runs(); r++) {
          log.printf(Locale.ROOT, "bench: search beside the baseline, %d clients, run %d%n", clients, r);
          // Which build goes first alternates too, so neither always meets a warmer machine.
          Measured x;
          Measured y;
          if (r % 2 == 1) {
            x = measure(wrk, a, ours, paths, clients);
            y = measure(wrk, b, baseline, paths, clients);
          } else {
            y = measure(wrk, b, baseline, paths, clients);
            x = measure(wrk, a, ours, paths, clients);
          }
          double[] v = {
            x.wrk().perSecond(),
            x.wrk().p50Micros() / 1e3,
            x.wrk().p99Micros() / 1e3,
            x.wrk().errors(),
            y.wrk().perSecond(),
            y.wrk().p50Micros() / 1e3,
            y.wrk().p99Micros() / 1e3,
            y.wrk().errors(),
            (double) x.wrk().p99Micros() / y.wrk().p99Micros(),
            x.cpuMsPerRequest(),
            y.cpuMsPerRequest()
          };
          rows.add(v);
          report.row(
              clients, r, v[0], v[1], v[2], (long) v[3], v[4], v[5], v[6], (long) v[7], v[8], v[9],
              v[10]);
        }
        Object[] median = new Object[13];
        median[0] = clients;
        median[1] = "**median**";
        for (int k = 0; k < 11; k++) {
          final int col = k;
          median[k + 2] = Report.median(rows.stream().map(v -> v[col]).toList());
        }
        report.row(median);
      }
    }
    report.endTable();
  }

  /** One wrk run and the server CPU it cost. */
  private record Measured(WrkLoad.Result wrk, double cpuMsPerRequest) {}

  private Measured measure(WrkLoad wrk, ChildJvm server, String base, Path paths, int clients)
      throws IOException {
    long cpu0 = server.cpuNanos();
    WrkLoad.Result r = wrk.run(base, paths, clients, o.seconds());
    return new Measured(r, (server.cpuNanos() - cpu0) / 1e6 / Math.max(1, r.requests()));
  }
}
