package newsarchive.tools.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import newsarchive.ingest.Article;
import newsarchive.ingest.ArticleBuilder;
import newsarchive.ingest.entities.PlaceTag;
import newsarchive.ingest.read.ArticleReaders;
import newsarchive.ingest.read.Extraction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores tagging on FA-KES: each row is ingested as {@code ./archive ingest} would ingest it, then
 * its tagged places are checked against the row's governorate label ({@code location}) and its
 * tagged factions against its actor class ({@code actor}; rows labelled "unknown" are not scored
 * for actors). Thread-safe as long as the readers and builder are.
 */
public final class FakesEval {
  private final ArticleReaders readers;
  private final ArticleBuilder builder;
  private final Governorates governorates;
  private final ActorClasses actors;

  /** One row that disagrees; {@code found} lists what was tagged instead. */
  public record Miss(String source, String what, String label, String found) {}

  /** The whole file's score. */
  public record Score(
      int articles, int governorateAgreed, int actorLabelled, int actorAgreed, List<Miss> misses) {
    public Score {
      misses = List.copyOf(misses);
    }

    public double governorate() {
      return articles == 0 ? 0 : (double) governorateAgreed / articles;
    }

    public double actor() {
      return actorLabelled == 0 ? 0 : (double) actorAgreed / actorLabelled;
    }
  }

  FakesEval(
      ArticleReaders readers,
      ArticleBuilder builder,
      Governorates governorates,
      ActorClasses actors) {
    this.readers = Objects.requireNonNull(readers, "readers");
    this.builder = Objects.requireNonNull(builder, "builder");
    this.governorates = Objects.requireNonNull(governorates, "governorates");
    this.actors = Objects.requireNonNull(actors, "actors");
  }

  public Score run(Path csv) {
    Map<String, Map<String, String>> labels = labels(csv);
    int articles = 0;
    int placesAgreed = 0;
    int actorLabelled = 0;
    int actorAgreed = 0;
    List<Miss> misses = new ArrayList<>();
    List<Article> found = new ArrayList<>();
    readers.read(
        csv,
        x -> {
          if (x instanceof Extraction.Found f) {
            found.add(builder.build(f.article()));
          }
        });
    for (Article article : found) {
      Map<String, String> row = labels.get(article.source());
      if (row == null) {
        continue;
      }
      articles++;
      String location = row.getOrDefault("location", "").strip().toLowerCase(Locale.ROOT);
      String key = governorates.key(location);
      if (article.locations().stream().anyMatch(p -> governorates.contains(key, p))) {
        placesAgreed++;
      } else {
        misses.add(
            new Miss(
                article.source(),
                "governorate",
                location,
                String.join(", ", article.locations().stream().map(PlaceTag::name).toList())));
      }
      String actor = row.getOrDefault("actor", "").strip().toLowerCase(Locale.ROOT);
      if (ActorClasses.isKnown(actor)) {
        actorLabelled++;
        Set<String> classes = actors.classesOf(article.factions());
        if (classes.contains(actor)) {
          actorAgreed++;
        } else {
          misses.add(new Miss(article.source(), "actor", actor, String.join(", ", classes)));
        }
      }
    }
    return new Score(articles, placesAgreed, actorLabelled, actorAgreed, misses);
  }

  // Row labels keyed by the source name the CSV reader gives each row ("file:row N", N counting
  // the header as row 1). The labels are ASCII; ISO-8859-1 reads any stray byte without failing.
  private static Map<String, Map<String, String>> labels(Path csv) {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    Map<String, Map<String, String>> out = new HashMap<>();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.ISO_8859_1);
        CSVParser parser = CSVParser.parse(reader, format)) {
      for (CSVRecord record : parser) {
        out.put(csv + ":row " + (record.getRecordNumber() + 1), record.toMap());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv, e);
    }
    return out;
  }
}
