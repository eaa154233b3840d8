package newsarchive;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.index.Analyzers;
import newsarchive.index.IndexFolder;
import newsarchive.index.Indexer;
import newsarchive.index.IngestJob;
import newsarchive.index.IngestSummary;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import newsarchive.ingest.ArticleBuilder;
import newsarchive.ingest.clean.HtmlCleaner;
import newsarchive.ingest.dates.DateExtractor;
import newsarchive.ingest.dates.PublicationDateFinder;
import newsarchive.ingest.entities.EntityTagger;
import newsarchive.ingest.entities.FactionAncestry;
import newsarchive.ingest.read.ArticleReaders;
import newsarchive.ingest.read.Extraction;
import newsarchive.ingest.read.InputFiles;
import newsarchive.ingest.read.TextDecoder;
import newsarchive.json.JsonMapper;
import newsarchive.search.IndexView;
import newsarchive.search.InvalidQueryException;
import newsarchive.search.QueryBuilder;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.Searcher;
import newsarchive.search.Snippets;
import newsarchive.search.SortOrder;
import newsarchive.tools.generate.ArticleGenerator;
import newsarchive.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The composition root: reads the command line, builds every object, runs the command. */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);
  private static final String USAGE =
      """
      usage: archive COMMAND [OPTIONS]
        serve    [--port 7070] [--host 127.0.0.1] [--index index] [--corpus corpus]
        ingest   [--index index] [--commit-ms 2000] PATH...
        extract  [--jsonl] PATH...
        search   [--index index] [--faction F]... [--location L]... [--country C]... [--site S]...
                 [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--sort relevance|newest|oldest]
                 [--page N] [--size N] [--exact] [--json] QUERY
        gazetteer [--data ../shared/data] [--out src/main/resources/newsarchive/gazetteer]
        generate --articles N [--seed S] [--jsonl] OUT
        eval     [DIR] [--fakes PATH] [--gold PATH] [--json] [--verbose] [--check]
        test     (run by the launcher: the whole test suite)
      """;

  private final Config config;
  private final ObjectMapper json = JsonMapper.create();
  private final Schema schema = new Schema();
  private final StoredArticle stored = new StoredArticle(json);
  private Gazetteer gazetteer;

  private Main(Config config) {
    this.config = config;
  }

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err));
  }

  /** Runs one command; returns the process exit status. */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
      out.print(USAGE);
      return args.isEmpty() ? 2 : 0;
    }
    String command = args.get(0);
    List<String> rest = args.subList(1, args.size());
    try {
      return switch (command) {
        case "serve" -> serve(rest);
        case "ingest" -> ingest(rest, out, err);
        case "extract" -> extract(rest, out, err);
        case "search" -> search(rest, out, err);
        case "gazetteer" -> gazetteer(rest, out);
        case "generate" -> generate(rest, out, err);
        case "eval" -> eval(rest, out);
        default -> {
          err.println("archive: unknown command '" + command + "'");
          err.print(USAGE);
          yield 2;
        }
      };
    } catch (Arguments.UsageException e) {
      err.println("archive " + command + ": " + e.getMessage());
      err.print(USAGE);
      return 2;
    } catch (InvalidQueryException e) {
      err.println("archive " + command + ": " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("archive " + command + ": " + e.getMessage());
      return 1;
    }
  }

  private static Config config(Arguments a) {
    Config d = Config.defaults();
    return new Config(
        Path.of(a.value("corpus", d.corpus().toString())),
        Path.of(a.value("index", d.index().toString())),
        Path.of(a.value("web", d.web().toString())),
        a.value("host", d.host()),
        a.number("port", d.port()));
  }

  private Gazetteer gazetteer() {
    if (gazetteer == null) {
      gazetteer = Gazetteer.load();
    }
    return gazetteer;
  }

  private ArticleReaders readers() {
    return new ArticleReaders(
        new TextDecoder(), new HtmlCleaner(), new PublicationDateFinder(), json);
  }

  private ArticleBuilder builder() {
    return new ArticleBuilder(new EntityTagger(gazetteer()), new DateExtractor());
  }

  private IngestSummary ingestInto(List<Path> paths, PrintStream progress, long commitEveryMs)
      throws IOException {
    Files.createDirectories(config.index());
    try (Indexer indexer =
        new Indexer(
            config.index(), schema, stored, new FactionAncestry(gazetteer()), commitEveryMs)) {
      IngestSummary summary = new IngestJob(readers(), builder(), indexer, progress).run(paths);
      LOG.info(
          "ingest: added {}, updated {}, unchanged {}, rejected {}",
          summary.added(),
          summary.updated(),
          summary.unchanged(),
          summary.rejected().size());
      return summary;
    }
  }

  private Searcher searcher(IndexView view) {
    return new Searcher(
        view,
        schema,
        new QueryBuilder(Analyzers.text(), gazetteer()),
        new Snippets(),
        stored,
        gazetteer());
  }

  private static int serve(List<String> args) throws IOException {
    Arguments a = Arguments.parse(args, Set.of("port", "host", "index", "corpus", "web"), Set.of());
    Main main = new Main(config(a));
    return main.serve();
  }

  private int serve() throws IOException {
    if (!IndexFolder.hasArticles(config.index())) {
      System.err.println("archive: the index is empty; ingesting " + config.corpus() + " first");
      IngestSummary summary =
          ingestInto(List.of(config.corpus()), System.err, Indexer.DEFAULT_COMMIT_EVERY_MS);
      System.err.print(summary.report());
    }
    // Reading the gazetteer takes a second of one core; the index opens on the other meanwhile.
    CompletableFuture<Gazetteer> loading = CompletableFuture.supplyAsync(this::gazetteer);
    IndexView view = new IndexView(config.index());
    view.warm();
    loading.join();
    Javalin app = WebServer.create(searcher(view), json, config.web());
    app.start(config.host(), config.port());
    LOG.info("serving http://{}:{}/", config.host(), config.port());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  try {
                    view.close();
                  } catch (IOException e) {
                    LOG.warn("closing the index: {}", e.toString());
                  }
                  stopped.countDown();
                }));
    try {
      stopped.await(); // serve until the process is stopped
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static int ingest(List<String> args, PrintStream out, PrintStream err)
      throws IOException {
    Arguments a = Arguments.parse(args, Set.of("index", "commit-ms"), Set.of());
    if (a.operands().isEmpty()) {
      throw new Arguments.UsageException("give at least one file or folder to ingest");
    }
    Main main = new Main(config(a));
    int commitMs = a.number("commit-ms", (int) Indexer.DEFAULT_COMMIT_EVERY_MS);
    if (commitMs < 0) {
      throw new Arguments.UsageException("--commit-ms must not be negative");
    }
    IngestSummary summary =
        main.ingestInto(a.operands().stream().map(Path::of).toList(), err, commitMs);
    out.print(summary.report());
    return 0;
  }

  private static int extract(List<String> args, PrintStream out, PrintStream err)
      throws IOException {
    Arguments a = Arguments.parse(args, Set.of(), Set.of("jsonl"));
    if (a.operands().isEmpty()) {
      throw new Arguments.UsageException("give at least one file or folder to extract");
    }
    Main main = new Main(Config.defaults());
    ArticleReaders readers = main.readers();
    ArticleBuilder builder = main.builder();
    var writer = a.flag("jsonl") ? main.json.writer() : main.json.writerWithDefaultPrettyPrinter();
    List<Path> files =
        InputFiles.expand(
            a.operands().stream().map(Path::of).toList(),
            (p, why) -> err.println("rejected " + p + ": " + why));
    List<String> rejected = new ArrayList<>();
    for (Path file : files) {
      readers.read(
          file,
          x -> {
            switch (x) {
              case Extraction.Found f -> {
                try {
                  out.println(writer.writeValueAsString(builder.build(f.article())));
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }
              case Extraction.Rejected r -> rejected.add(r.source() + ": " + r.reason());
            }
          });
    }
    rejected.forEach(r -> err.println("rejected " + r));
    return 0;
  }

  private static int search(List<String> args, PrintStream out, PrintStream err)
      throws IOException {
    Arguments a =
        Arguments.parse(
            args,
            Set.of(
                "index",
                "faction",
                "location",
                "country",
                "site",
                "from",
                "to",
                "sort",
                "page",
                "size"),
            Set.of("json", "exact"));
    Main main = new Main(config(a));
    if (!IndexFolder.hasArticles(main.config.index())) {
      err.println(
          "archive search: no index at " + main.config.index() + "; run ./archive ingest first");
      return 1;
    }
    String query = String.join(" ", a.operands());
    SearchRequest request =
        SearchRequest.builder()
            .query(query)
            .factions(a.values("faction"))
            .locations(a.values("location"))
            .countries(a.values("country"))
            .sites(a.values("site"))
            .from(SearchRequest.date("from", a.value("from", null)))
            .to(SearchRequest.date("to", a.value("to", null)))
            .sort(SortOrder.parse(a.value("sort", null), query.isBlank()))
            .page(a.number("page", 1))
            .size(a.number("size", 10))
            .exact(a.flag("exact"))
            .build();
    try (IndexView view = new IndexView(main.config.index())) {
      SearchResult result = main.searcher(view).search(request);
      if (a.flag("json")) {
        out.println(main.json.writeValueAsString(result));
      } else {
        new TerminalResults(out).print(result);
      }
    }
    return 0;
  }

  private static int gazetteer(List<String> args, PrintStream out) throws IOException {
    Arguments a = Arguments.parse(args, Set.of("data", "out", "overlay"), Set.of());
    Path data = Path.of(a.value("data", "../shared/data"));
    Path out2 = Path.of(a.value("out", "src/main/resources/newsarchive/gazetteer"));
    Path overlay = Path.of(a.value("overlay", "src/main/gazetteer-overlay"));
    out.println(new newsarchive.tools.gazetteer.GazetteerBuilder(data, overlay).build(out2));
    return 0;
  }

  private static int generate(List<String> args, PrintStream out, PrintStream err) {
    Arguments a = Arguments.parse(args, Set.of("articles", "seed"), Set.of("jsonl"));
    if (a.operands().size() != 1) {
      throw new Arguments.UsageException("give one output folder (or file, with --jsonl)");
    }
    int n = a.number("articles", -1);
    if (n < 0) {
      throw new Arguments.UsageException("--articles N is required");
    }
    ArticleGenerator.Format format =
        a.flag("jsonl") ? ArticleGenerator.Format.JSONL : ArticleGenerator.Format.HTML;
    ArticleGenerator.GenerationSummary summary =
        ArticleGenerator.withBundledNames(a.number("seed", 1))
            .write(
                n,
                Path.of(a.operands().get(0)),
                format,
                done -> err.printf(Locale.ROOT, "\rgenerate: %d/%d", done, n));
    err.println();
    out.printf(
        Locale.ROOT,
        "generated %d articles (%d republished wire copies) in %s%n",
        summary.articles(),
        summary.republishedWireCopies(),
        a.operands().get(0));
    return 0;
  }

  private static int eval(List<String> args, PrintStream out) throws IOException {
    Arguments a =
        Arguments.parse(args, Set.of("fakes", "gold"), Set.of("json", "verbose", "check"));
    if (a.operands().size() > 1) {
      throw new Arguments.UsageException("give at most one folder of development sets");
    }
    Main main = new Main(Config.defaults());
    var command =
        new newsarchive.tools.eval.EvalCommand(
            new HtmlCleaner(),
            new PublicationDateFinder(),
            main.readers(),
            main.builder(),
            new EntityTagger(main.gazetteer()),
            main.gazetteer(),
            main.json);
    return command.run(
        new newsarchive.tools.eval.EvalCommand.Options(
            Path.of(a.operands().isEmpty() ? "../shared/eval" : a.operands().get(0)),
            Path.of(a.value("fakes", "../shared/data/fa-kes/fakes.csv")),
            Path.of(a.value("gold", "corpus/gold/mentions.json")),
            a.flag("json"),
            a.flag("verbose"),
            a.flag("check")),
        out);
  }
}
