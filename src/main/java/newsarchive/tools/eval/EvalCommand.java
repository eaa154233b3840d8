package newsarchive.tools.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.ingest.ArticleBuilder;
import newsarchive.ingest.clean.HtmlCleaner;
import newsarchive.ingest.dates.PublicationDateFinder;
import newsarchive.ingest.entities.EntityTagger;
import newsarchive.ingest.entities.FactionAncestry;
import newsarchive.ingest.read.ArticleReaders;

/**
 * {@code ./archive eval}: scores the extractor on every development set it finds, prints a table
 * (or one JSON object), one line per failing page with {@code verbose} (only pages in the LOOK part
 * of the {@link DevSplit}: the SCORE part is counted, never shown), and with {@code check} fails
 * when a score is under its {@link Floors floor}. Not thread-safe: one run at a time.
 */
public final class EvalCommand {
  private final BodyExtractionEval body;
  private final SnippetEval snippets;
  private final TitleEval title;
  private final PublicationDateEval dates;
  private final FakesEval fakes;
  private final MentionEval mentions;
  private final ToponymEval toponyms;
  private final ObjectMapper json;

  private static final List<String> TOPONYM_SETS = List.of("TR-News.xml", "lgl.xml");

  public EvalCommand(
      HtmlCleaner cleaner,
      PublicationDateFinder dateFinder,
      ArticleReaders readers,
      ArticleBuilder builder,
      EntityTagger tagger,
      Gazetteer gazetteer,
      ObjectMapper json) {
    this.body = new BodyExtractionEval(cleaner);
    this.snippets = new SnippetEval(cleaner);
    this.title = new TitleEval(cleaner);
    this.dates = new PublicationDateEval(dateFinder);
    this.fakes =
        new FakesEval(
            readers,
            builder,
            new Governorates(gazetteer),
            new ActorClasses(new FactionAncestry(gazetteer)));
    this.mentions = new MentionEval(readers, tagger);
    this.toponyms = new ToponymEval(tagger);
    this.json = Objects.requireNonNull(json, "json");
  }

  /** What to score and how to report it. */
  public record Options(
      Path evalDir, Path fakes, Path gold, boolean json, boolean verbose, boolean check) {
    public Options {
      Objects.requireNonNull(evalDir, "evalDir");
      Objects.requireNonNull(fakes, "fakes");
      Objects.requireNonNull(gold, "gold");
    }
  }

  /** Runs the evaluation; returns 0, or 1 when {@code check} finds a score under its floor. */
  public int run(Options options, PrintStream out) throws IOException {
    List<String> skipped = new ArrayList<>();
    List<String> failing = new ArrayList<>();
    Path extraction = options.evalDir().resolve("article-extraction");
    Path trafilatura = options.evalDir().resolve("trafilatura-eval");
    Path readability = options.evalDir().resolve("readability-pages");
    Path publication = options.evalDir().resolve("publication-date");

    EvalReport.Body bodyScore = null;
    if (present(extraction, skipped)) {
      BodyExtractionEval.Score s = body.run(extraction);
      bodyScore =
          new EvalReport.Body(
              s.pages(),
              s.precision(),
              s.recall(),
              s.f1(),
              s.pagesPerSecond(),
              s.look(),
              s.score());
      s.perPage().stream()
          .filter(p -> p.f1() < 0.9 && DevSplit.of(p.id() + ".html") == DevSplit.Part.LOOK)
          .forEach(
              p ->
                  failing.add(
                      String.format(
                          Locale.ROOT,
                          "body %s: P %.3f R %.3f F1 %.3f",
                          p.id(),
                          p.precision(),
                          p.recall(),
                          p.f1())));
    }
    EvalReport.Snippets snippetScore = null;
    if (present(trafilatura, skipped)) {
      SnippetEval.Score s = snippets.run(trafilatura);
      snippetScore =
          new EvalReport.Snippets(
              EvalReport.SnippetCounts.of(s.all()),
              EvalReport.SnippetCounts.of(s.part(DevSplit.Part.LOOK)),
              EvalReport.SnippetCounts.of(s.part(DevSplit.Part.SCORE)));
      // Only the looked-at part's pages are named: the scored part is never read.
      s.perPage().stream()
          .filter(p -> DevSplit.of(p.name()) == DevSplit.Part.LOOK)
          .filter(p -> p.rejected() || p.fn() > 0 || p.fp() > 0)
          .forEach(
              p ->
                  failing.add(
                      String.format(
                          Locale.ROOT,
                          "snippets %s: %s%d missing, %d unwanted",
                          p.name(),
                          p.rejected() ? "rejected, " : "",
                          p.fn(),
                          p.fp())));
    }
    EvalReport.Accuracy titleScore = null;
    if (present(readability, skipped)) {
      TitleEval.Score s = title.run(readability);
      titleScore =
          new EvalReport.Accuracy(
              s.pagesWithTitle(), s.correct(), s.accuracy(), s.look(), s.score());
      s.misses().stream()
          .filter(m -> DevSplit.of(m.page()) == DevSplit.Part.LOOK)
          .forEach(
              m ->
                  failing.add(
                      "title " + m.page() + ": '" + m.actual() + "', not '" + m.expected() + "'"));
    }
    EvalReport.Accuracy dateScore = null;
    if (present(publication, skipped)) {
      PublicationDateEval.Score s = dates.run(publication);
      dateScore =
          new EvalReport.Accuracy(s.pages(), s.correct(), s.accuracy(), s.look(), s.score());
      s.misses().stream()
          .filter(m -> DevSplit.of(m.file()) == DevSplit.Part.LOOK)
          .forEach(
              m ->
                  failing.add(
                      "date "
                          + m.file()
                          + ": "
                          + m.found()
                          + ", not "
                          + m.expected()
                          + " "
                          + m.url()));
    }
    EvalReport.Fakes fakesScore = null;
    if (present(options.fakes(), skipped)) {
      FakesEval.Score s = fakes.run(options.fakes());
      fakesScore =
          new EvalReport.Fakes(s.articles(), s.governorate(), s.actorLabelled(), s.actor());
      s.misses()
          .forEach(
              m ->
                  failing.add(
                      "fa-kes "
                          + m.source()
                          + ": "
                          + m.what()
                          + " '"
                          + m.label()
                          + "' not among ["
                          + m.found()
                          + "]"));
    }
    EvalReport.Mentions mentionScore = null;
    if (present(options.gold(), skipped)) {
      Path corpus = options.gold().toAbsolutePath().getParent().getParent();
      MentionEval.Score s = mentions.run(options.gold(), corpus);
      mentionScore =
          new EvalReport.Mentions(
              s.articles(),
              s.factions().precision(),
              s.factions().recall(),
              s.places().precision(),
              s.places().recall(),
              s.canonical());
      s.errors().forEach(e -> failing.add("mentions " + e));
    }
    List<EvalReport.Toponyms> toponymScores = new ArrayList<>();
    Path toponymDir = options.evalDir().resolve("toponyms");
    for (String corpus : present(toponymDir, skipped) ? TOPONYM_SETS : List.<String>of()) {
      Path file = toponymDir.resolve(corpus);
      if (present(file, skipped)) {
        ToponymEval.Score s = toponyms.run(file);
        s.parts().forEach(p -> toponymScores.add(ToponymEval.report(p, s.articlesPerSecond())));
        failing.addAll(s.lookErrors());
      }
    }
    EvalReport report =
        new EvalReport(
            bodyScore,
            snippetScore,
            titleScore,
            dateScore,
            fakesScore,
            mentionScore,
            skipped,
            toponymScores);
    List<String> underFloor = options.check() ? Floors.failures(report.scores()) : List.of();
    if (options.json()) {
      out.println(json.writeValueAsString(report));
    } else {
      new EvalTable(out).print(report);
    }
    if (options.verbose()) {
      failing.forEach(out::println);
    }
    underFloor.forEach(line -> out.println("eval: " + line));
    return underFloor.isEmpty() ? 0 : 1;
  }

  private static boolean present(Path path, List<String> skipped) {
    if (Files.exists(path)) {
      return true;
    }
    skipped.add(path.toString());
    return false;
  }
}
