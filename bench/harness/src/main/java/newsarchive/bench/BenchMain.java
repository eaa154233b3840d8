package newsarchive.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsarchive.gazetteer.Gazetteer;

/**
 * Runs the benchmarks {@code ./archive bench} names and writes the results as Markdown to the work
 * folder and standard output. The launcher passes the archive's and the Solr peer's class paths in
 * the system properties {@code bench.archive.cp} and {@code bench.solr.cp}.
 */
public final class BenchMain {
  private static final int ARCHIVE_PORT = 7391;
  private static final int SOLR_PORT = 8391;
  private static final int[] CLIENTS = {1, 4, 16};
  private final BenchOptions o;
  private final PrintStream log = System.err;
  private final Report report = new Report();
  private final Path javaHome = Path.of(System.getProperty("java.home"));
  private final Path repo = Path.of("").toAbsolutePath();

  private BenchMain(BenchOptions o) {
    this.o = o;
  }

  public static void main(String[] args) throws Exception {
    BenchOptions o = BenchOptions.parse(List.of(args));
    new BenchMain(o).run();
  }

  private void run() throws Exception {
    Files.createDirectories(o.work());
    Corpus corpus =
        Corpus.ensure(o.work(), o.articles(), o.seed(), o.phases().contains("html"), log);
    report.note(
        String.format(
            Locale.ROOT,
            "%d articles, seed %d, %d search runs, %d ingest runs; %d cores, %s max heap here, JDK %s (%s).",
            o.articles(),
            o.seed(),
            o.runs(),
            o.ingestRuns(),
            Runtime.getRuntime().availableProcessors(),
            Report.mb(Runtime.getRuntime().maxMemory()),
            System.getProperty("java.version"),
            System.getProperty("java.vm.name")));
    ArchiveIngest ours = new ArchiveIngest();
    if (o.phases().contains("html")) {
      htmlIngest(corpus, ours);
    }
    Path index = o.work().resolve("index-archive");
    Path solrHome = o.work().resolve("solr-home");
    if (o.phases().contains("jsonl")) {
      jsonlIngest(corpus, ours, index, solrHome);
    }
    if (o.phases().contains("search") && o.solr()) {
      search(index, solrHome);
    }
    if (o.phases().contains("search") && !o.baselineCp().isEmpty()) {
      new BaselineSearch(o, report, log, javaHome, repo).run(index);
    }
    if (o.phases().contains("export")) {
      new ExportBench(o, report, log, javaHome, repo).run(index);
    }
    String md = report.markdown();
    Path out = o.work().resolve(String.format(Locale.ROOT, "results-%d.md", o.articles()));
    Files.writeString(out, md, StandardCharsets.UTF_8);
    System.out.print(md);
    log.println("bench: results in " + out);
  }

  private void htmlIngest(Corpus corpus, ArchiveIngest ours) throws IOException {
    report.heading("Ingest from HTML pages (articles/s)");
    report.table("run", "Jsoup parse only", "archive ingest", "archive / Jsoup");
    List<Double> ceiling = new ArrayList<>();
    List<Double> archive = new ArrayList<>();
    List<Double> ratio = new ArrayList<>();
    for (int r = 1; r <= o.ingestRuns(); r++) {
      log.printf(Locale.ROOT, "bench: html run %d: Jsoup%n", r);
      Throughput j = JsoupCeiling.run(corpus.html());
      log.printf(Locale.ROOT, "bench: html run %d: archive ingest%n", r);
      Throughput a = ours.run(corpus.html(), o.work().resolve("index-html"));
      ceiling.add(j.perSecond());
      archive.add(a.perSecond());
      ratio.add(a.perSecond() / j.perSecond());
      report.row(r, j.perSecond(), a.perSecond(), a.perSecond() / j.perSecond());
    }
    report.row(
        "**median**",
        Report.median(ceiling),
        Report.median(archive),
        Report.num(Report.median(ratio)) + " (target ≥ 0.6)");
    report.endTable();
    Disk.delete(o.work().resolve("index-html"));
  }

  private void jsonlIngest(Corpus corpus, ArchiveIngest ours, Path index, Path solrHome)
      throws IOException {
    Path bare = o.work().resolve("index-bare");
    Path solrDocs = o.work().resolve("solr-docs.jsonl");
    Disk.delete(solrHome);
    report.heading("Ingest from a JSONL dump (articles/s)");
    report.table(
        "run",
        "bare Lucene loop",
        "archive ingest",
        "Solr over HTTP (docs/s)",
        "archive / bare",
        "archive / Solr");
    List<Double> bareRate = new ArrayList<>();
    List<Double> ourRate = new ArrayList<>();
    List<Double> solrRate = new ArrayList<>();
    List<Double> toBare = new ArrayList<>();
    List<Double> toSolr = new ArrayList<>();
    long textBytes = 0;
    long solrDocCount = 0;
    try (ChildJvm solr = o.solr() ? startSolr(solrHome, "solr-ingest.log") : null) {
      SolrLoader loader = null;
      if (solr != null) {
        solr.awaitFirstAnswer(solrSearch(), Duration.ofMinutes(2));
        loader = new SolrLoader(solrCore());
      }
      for (int r = 1; r <= o.ingestRuns(); r++) {
        log.printf(Locale.ROOT, "bench: jsonl run %d: bare Lucene%n", r);
        BareLuceneLoop.Result b = new BareLuceneLoop().run(corpus.jsonl(), bare);
        textBytes = b.textBytes();
        log.printf(Locale.ROOT, "bench: jsonl run %d: archive ingest%n", r);
        Throughput a = ours.run(corpus.jsonl(), index);
        // Without Solr its columns read NaN: nothing was measured.
        double solrPerSecond = Double.NaN;
        if (loader != null) {
          if (r == 1) {
            solrDocCount = new SolrExport(Gazetteer.load()).export(index, solrDocs);
          }
          log.printf(Locale.ROOT, "bench: jsonl run %d: Solr%n", r);
          loader.clear();
          solrPerSecond = loader.load(solrDocs).perSecond();
        }
        bareRate.add(b.throughput().perSecond());
        ourRate.add(a.perSecond());
        solrRate.add(solrPerSecond);
        toBare.add(a.perSecond() / b.throughput().perSecond());
        toSolr.add(a.perSecond() / solrPerSecond);
        report.row(
            r,
            b.throughput().perSecond(),
            a.perSecond(),
            solrPerSecond,
            a.perSecond() / b.throughput().perSecond(),
            a.perSecond() / solrPerSecond);
      }
    }
    report.row(
        "**median**",
        Report.median(bareRate),
        Report.median(ourRate),
        Report.median(solrRate),
        Report.num(Report.median(toBare)) + " (target ≥ 0.8)",
        Report.num(Report.median(toSolr)) + " (target ≥ 1)");
    report.endTable();
    report.note(
        String.format(
            Locale.ROOT,
            "The archive reads, tags, deduplicates and indexes %d JSONL rows; Solr indexes the"
                + " %d articles the archive kept, exported beforehand with their tags.",
            o.articles(),
            solrDocCount));
    report.heading("Index size on disk");
    report.table("", "bytes", "× raw text");
    long jsonlBytes = Files.size(corpus.jsonl());
    report.row("raw text (titles and bodies, UTF-8)", Report.mb(textBytes), "1.00");
    report.row("JSONL dump", Report.mb(jsonlBytes), Report.num((double) jsonlBytes / textBytes));
    for (var e :
        List.of(
            List.of("archive index", index),
            List.of("bare Lucene index", bare),
            List.of("Solr index", solrHome.resolve(SolrPeerNames.CORE).resolve("data")))) {
      if (!Files.isDirectory((Path) e.get(1))) {
        continue; // Solr, when not measured
      }
      long size = Disk.size((Path) e.get(1));
      report.row(e.get(0), Report.mb(size), Report.num((double) size / textBytes));
    }
    report.endTable();
    Disk.delete(bare);
  }

  private void search(Path index, Path solrHome) throws IOException {
    Path ourPaths =
        WrkLoad.writePaths(o.work().resolve("archive-paths.txt"), QueryMix.archivePaths());
    Path solrPaths =
        WrkLoad.writePaths(
            o.work().resolve("solr-paths.txt"), QueryMix.solrPaths(SolrPeerNames.CORE));
    WrkLoad wrk = new WrkLoad(o.work());
    String ourBase = "http://127.0.0.1:" + ARCHIVE_PORT;
    String solrBase = "http://127.0.0.1:" + SOLR_PORT;
    List<Double> ourStart = new ArrayList<>();
    List<Double> solrStart = new ArrayList<>();
    report.heading("Search over HTTP: the query mix under wrk");
    report.note(
        "Each run cycles through "
            + QueryMix.SEARCHES.size()
            + " searches ("
            + String.join(", ", QueryMix.SEARCHES.stream().map(QueryMix.Search::kind).toList())
            + "), every one with the five facets the page shows (not months) and highlighted"
            + " snippets, for "
            + o.seconds()
            + " s per client count; runs alternate between the archive and Solr.");
    report.table(
        "clients",
        "run",
        "archive req/s",
        "archive p50 ms",
        "archive p99 ms",
        "archive errors",
        "Solr req/s",
        "Solr p50 ms",
        "Solr p99 ms",
        "Solr errors",
        "req/s archive / Solr",
        "p99 archive / Solr");
    long ourHeap;
    long solrHeap;
    // The first start records the class archive for this jar (and so is the slowest).
    Files.deleteIfExists(
        o.work()
            .resolve(
                "serve-"
                    + Integer.toHexString(System.getProperty("bench.archive.cp").hashCode())
                    + ".jsa"));
    try (ChildJvm archive = startArchive(index, "serve.log");
        ChildJvm solr = startSolr(solrHome, "solr-serve.log")) {
      ourStart.add(archive.awaitFirstAnswer(archiveSearch(), Duration.ofMinutes(2)) / 1e9);
      solrStart.add(solr.awaitFirstAnswer(solrSearch(), Duration.ofMinutes(2)) / 1e9);
      log.println("bench: warming both servers up");
      wrk.run(ourBase, ourPaths, 4, Math.max(10, o.seconds()));
      wrk.run(solrBase, solrPaths, 4, Math.max(10, o.seconds()));
      for (int clients : CLIENTS) {
        List<double[]> rows = new ArrayList<>();
        for (int r = 1; r <= o.runs(); r++) {
          log.printf(Locale.ROOT, "bench: search, %d clients, run %d%n", clients, r);
          WrkLoad.Result a = wrk.run(ourBase, ourPaths, clients, o.seconds());
          WrkLoad.Result s = wrk.run(solrBase, solrPaths, clients, o.seconds());
          double[] v = {
            a.perSecond(),
            a.p50Micros() / 1e3,
            a.p99Micros() / 1e3,
            a.errors(),
            s.perSecond(),
            s.p50Micros() / 1e3,
            s.p99Micros() / 1e3,
            s.errors(),
            a.perSecond() / s.perSecond(),
            (double) a.p99Micros() / s.p99Micros()
          };
          rows.add(v);
          report.row(
              clients, r, v[0], v[1], v[2], (long) v[3], v[4], v[5], v[6], (long) v[7], v[8], v[9]);
        }
        Object[] median = new Object[12];
        median[0] = clients;
        median[1] = "**median**";
        for (int k = 0; k < 10; k++) {
          final int col = k;
          median[k + 2] = Report.median(rows.stream().map(x -> x[col]).toList());
        }
        report.row(median);
      }
      ourHeap = HeapProbe.usedAfterFullGc(javaHome, archive.pid());
      solrHeap = HeapProbe.usedAfterFullGc(javaHome, solr.pid());
    }
    report.endTable();
    for (int r = 2; r <= o.runs(); r++) {
      try (ChildJvm archive = startArchive(index, "serve.log")) {
        ourStart.add(archive.awaitFirstAnswer(archiveSearch(), Duration.ofMinutes(2)) / 1e9);
      }
      try (ChildJvm solr = startSolr(solrHome, "solr-serve.log")) {
        solrStart.add(solr.awaitFirstAnswer(solrSearch(), Duration.ofMinutes(2)) / 1e9);
      }
    }
    report.heading("Serving: heap and start-up on the existing index");
    report.table("", "archive", "Solr", "archive / Solr");
    report.row(
        "heap used after a full GC, after the load runs",
        Report.mb(ourHeap),
        Report.mb(solrHeap),
        Report.num((double) ourHeap / solrHeap));
    report.row(
        "start to first answered search, s (runs: archive "
            + Report.runs(ourStart)
            + "; Solr "
            + Report.runs(solrStart)
            + ")",
        Report.median(ourStart),
        Report.median(solrStart),
        Report.median(ourStart) / Report.median(solrStart));
    report.endTable();
  }

  private ChildJvm startArchive(Path index, String logName) throws IOException {
    return startArchive(
        o,
        javaHome,
        repo,
        System.getProperty("bench.archive.cp"),
        new Server(ARCHIVE_PORT, o.heap()),
        index,
        logName);
  }

  /**
   * Starts the archive's {@code serve} from class path {@code cp} on {@code port}, as {@code
   * ./archive serve} starts it; each class path records its own class archive.
   */
  static ChildJvm startArchive(
      BenchOptions o, Path javaHome, Path repo, String cp, Server server, Path index, String logName)
      throws IOException {
    String jsa = "serve-" + Integer.toHexString(cp.hashCode()) + ".jsa";
    List<String> cmd =
        List.of(
            javaHome.resolve("bin").resolve("java").toString(),
            "-Xmx" + server.heap(),
            // As `./archive serve` starts it: the first start records a class archive.
            "-XX:SharedArchiveFile=" + o.work().toAbsolutePath().resolve(jsa),
            "-XX:+AutoCreateSharedArchive",
            "-Xlog:cds*=off",
            "--enable-native-access=ALL-UNNAMED",
            "--add-modules",
            "jdk.incubator.vector",
            "-Dfile.encoding=UTF-8",
            "-cp",
            cp,
            "newsarchive.Main",
            "serve",
            "--index",
            index.toAbsolutePath().toString(),
            "--port",
            Integer.toString(server.port()));
    return ChildJvm.start(cmd, repo, o.work().resolve(logName));
  }

  /** Where a server listens and the heap it gets. */
  record Server(int port, String heap) {}

  private ChildJvm startSolr(Path solrHome, String logName) throws IOException {
    List<String> cmd =
        List.of(
            javaHome.resolve("bin").resolve("java").toString(),
            "-Xmx" + o.heap(),
            "-Dsolr.log.dir=" + o.work().toAbsolutePath().resolve("solr-logs"),
            "-Dsolr.log.level=WARN",
            "-cp",
            System.getProperty("bench.solr.cp"),
            "newsarchive.solrpeer.SolrPeer",
            solrHome.toAbsolutePath().toString(),
            Integer.toString(SOLR_PORT));
    return ChildJvm.start(cmd, repo, o.work().resolve(logName));
  }

  private static URI archiveSearch() {
    return archiveSearch(ARCHIVE_PORT);
  }

  static URI archiveSearch(int port) {
    return URI.create("http://127.0.0.1:" + port + QueryMix.archivePaths().get(1));
  }

  private static URI solrSearch() {
    return URI.create("http://127.0.0.1:" + SOLR_PORT + QueryMix.solrPaths("archive").get(1));
  }

  private static URI solrCore() {
    return URI.create("http://127.0.0.1:" + SOLR_PORT + "/solr/" + SolrPeerNames.CORE);
  }
}
