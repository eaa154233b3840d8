package newsarchive.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Exports every article of the index through {@code /api/export} from a server held to a 256 MB
 * heap: the export streams, so its memory must not grow with the rows. Not thread-safe.
 */
final class ExportBench {
  private static final int PORT = 7393;
  private static final String HEAP = "256m";
  private static final List<String> KINDS = List.of("csv", "jsonl", "csv with bodies");
  private final BenchOptions o;
  private final Report report;
  private final PrintStream log;
  private final Path javaHome;
  private final Path repo;

  ExportBench(BenchOptions o, Report report, PrintStream log, Path javaHome, Path repo) {
    this.o = o;
    this.report = report;
    this.log = log;
    this.javaHome = javaHome;
    this.repo = repo;
  }

  void run(Path index) throws IOException {
    report.heading("Export of every article (/api/export, server heap -Xmx" + HEAP + ")");
    report.table("export", "run", "rows", "seconds", "rows/s", "MB/s", "server CPU s", "rows per CPU s");
    HttpClient http = HttpClient.newHttpClient();
    long heap;
    try (ChildJvm server =
        BenchMain.startArchive(
            o,
            javaHome,
            repo,
            System.getProperty("bench.archive.cp"),
            new BenchMain.Server(PORT, HEAP),
            index,
            "serve-export.log")) {
      server.awaitFirstAnswer(BenchMain.archiveSearch(PORT), Duration.ofMinutes(5));
      for (String kind : KINDS) {
        List<Double> rates = new ArrayList<>();
        List<Double> cpuRates = new ArrayList<>();
        for (int r = 1; r <= o.runs(); r++) {
          log.printf(Locale.ROOT, "bench: export %s, run %d%n", kind, r);
          long cpu0 = server.cpuNanos();
          Count c = export(http, kind);
          double cpu = (server.cpuNanos() - cpu0) / 1e9;
          double seconds = c.nanos() / 1e9;
          rates.add(c.rows() / seconds);
          cpuRates.add(c.rows() / cpu);
          report.row(
              kind,
              r,
              c.rows(),
              seconds,
              c.rows() / seconds,
              c.bytes() / 1e6 / seconds,
              cpu,
              c.rows() / cpu);
        }
        report.row(
            kind, "**median**", "", "", Report.median(rates), "", "", Report.median(cpuRates));
      }
      heap = HeapProbe.usedAfterFullGc(javaHome, server.pid());
    }
    report.endTable();
    report.note(
        "The server ran with -Xmx"
            + HEAP
            + " throughout (an export that needed more would have failed with an out-of-memory"
            + " error); its heap after a full GC at the end: "
            + Report.mb(heap)
            + ".");
  }

  /** What one export delivered: data rows (not the stamp or the header), bytes and time. */
  record Count(long rows, long bytes, long nanos) {}

  private static Count export(HttpClient http, String kind) throws IOException {
    String format = kind.startsWith("jsonl") ? "jsonl" : "csv";
    boolean bodies = kind.endsWith("bodies");
    URI uri =
        URI.create(
            "http://127.0.0.1:"
                + PORT
                + "/api/export?sort=newest&format="
                + format
                + (bodies ? "&body=true" : ""));
    long start = System.nanoTime();
    try {
      HttpResponse<InputStream> r =
          http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofInputStream());
      if (r.statusCode() != 200) {
        throw new IOException("export answered " + r.statusCode());
      }
      long bytes = 0;
      long newlines = 0;
      long quotes = 0;
      long recordEnds = 0;
      boolean lineStart = true;
      long stampLines = 0;
      byte[] buf = new byte[1 << 16];
      try (InputStream in = r.body()) {
        for (int n; (n = in.read(buf)) > 0; ) {
          bytes += n;
          for (int i = 0; i < n; i++) {
            byte b = buf[i];
            if (bytes - n + i < 3 && (b & 0xff) >= 0xbb) {
              continue; // the UTF-8 byte order mark before the stamp
            }
            if (lineStart && b == '#' && quotes % 2 == 0) {
              stampLines++;
            }
            lineStart = b == '\n';
            if (b == '"') {
              quotes++;
            } else if (b == '\n') {
              newlines++;
              // A newline outside quotes ends a CSV record; JSON Lines escape theirs.
              if (quotes % 2 == 0) {
                recordEnds++;
              }
            }
          }
        }
      }
      // CSV: the stamp's comment lines and the header row; JSON Lines: the first metadata line.
      long rows =
          format.equals("csv") ? recordEnds - stampLines - 1 : newlines - 1;
      return new Count(rows, bytes, System.nanoTime() - start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
