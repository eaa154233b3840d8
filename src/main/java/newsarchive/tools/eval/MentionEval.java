package newsarchive.tools.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsarchive.ingest.entities.Entities;
import newsarchive.ingest.entities.EntityTagger;
import newsarchive.ingest.entities.FactionTag;
import newsarchive.ingest.entities.Mention;
import newsarchive.ingest.entities.PlaceTag;
import newsarchive.ingest.read.ArticleReaders;
import newsarchive.ingest.read.Extraction;

/**
 * Scores the tagger against hand-marked mentions ({@link GoldMentions}): each article is read as
 * the ingester reads it, its body tagged, and a predicted mention matches a marked one with the
 * same offsets and kind. Over matched mentions it also counts how often the canonical name agrees.
 * Thread-safe as long as the readers and tagger are.
 */
public final class MentionEval {
  private static final Pattern DUMP_ROW = Pattern.compile("^(.*):((?:line|row) \\d+)$");

  private final ArticleReaders readers;
  private final EntityTagger tagger;

  /** The whole set's score, with one line for each missed, spurious or misnamed mention. */
  public record Score(
      int articles, Tally factions, Tally places, int named, int namedRight, List<String> errors) {
    public Score {
      Objects.requireNonNull(factions, "factions");
      Objects.requireNonNull(places, "places");
      errors = List.copyOf(errors);
    }

    /** The share of matched mentions whose canonical name is the marked one. */
    public double canonical() {
      return named == 0 ? 0 : (double) namedRight / named;
    }
  }

  private record Span(int start, int end, GoldMentions.Kind kind) {}

  public MentionEval(ArticleReaders readers, EntityTagger tagger) {
    this.readers = Objects.requireNonNull(readers, "readers");
    this.tagger = Objects.requireNonNull(tagger, "tagger");
  }

  /** Scores every article of {@code goldFile}; sources are relative to {@code corpusDir}. */
  public Score run(Path goldFile, Path corpusDir) {
    List<GoldMentions.Article> gold = GoldMentions.read(goldFile);
    Tally factions = new Tally(0, 0, 0);
    Tally places = new Tally(0, 0, 0);
    int named = 0;
    int namedRight = 0;
    List<String> errors = new ArrayList<>();
    for (GoldMentions.Article article : gold) {
      String body = body(corpusDir, article.source());
      if (body == null) {
        errors.add(article.source() + ": not found by the ingester");
        continue;
      }
      Map<Span, String> expected = new HashMap<>();
      for (GoldMentions.Mention m : article.mentions()) {
        if (m.end() > body.length() || !body.substring(m.start(), m.end()).equals(m.text())) {
          errors.add(article.source() + ": gold '" + m.text() + "' no longer at " + m.start());
        }
        expected.put(new Span(m.start(), m.end(), m.kind()), m.name());
      }
      Map<Span, String> predicted = predicted(body);
      int[] matched = new int[2];
      for (Map.Entry<Span, String> p : predicted.entrySet()) {
        String want = expected.get(p.getKey());
        String where = article.source() + " " + p.getKey().start() + " ";
        String text = "'" + body.substring(p.getKey().start(), p.getKey().end()) + "'";
        if (want == null) {
          errors.add(where + "spurious " + kind(p.getKey()) + " " + text + " as " + p.getValue());
          continue;
        }
        matched[p.getKey().kind().ordinal()]++;
        named++;
        if (want.equals(p.getValue())) {
          namedRight++;
        } else {
          errors.add(where + "misnamed " + text + ": " + p.getValue() + ", not " + want);
        }
      }
      for (Map.Entry<Span, String> e : expected.entrySet()) {
        if (!predicted.containsKey(e.getKey())) {
          errors.add(
              article.source()
                  + " "
                  + e.getKey().start()
                  + " missed "
                  + kind(e.getKey())
                  + " '"
                  + safeText(body, e.getKey())
                  + "' ("
                  + e.getValue()
                  + ")");
        }
      }
      factions = factions.plus(tally(GoldMentions.Kind.FACTION, matched, predicted, expected));
      places = places.plus(tally(GoldMentions.Kind.PLACE, matched, predicted, expected));
    }
    return new Score(gold.size(), factions, places, named, namedRight, errors);
  }

  private Map<Span, String> predicted(String body) {
    Entities entities = tagger.tag(body);
    Map<Span, String> out = new HashMap<>();
    for (FactionTag f : entities.factions()) {
      for (Mention m : f.mentions()) {
        out.put(new Span(m.start(), m.end(), GoldMentions.Kind.FACTION), f.name());
      }
    }
    for (PlaceTag p : entities.locations()) {
      for (Mention m : p.mentions()) {
        out.put(new Span(m.start(), m.end(), GoldMentions.Kind.PLACE), p.name());
      }
    }
    return out;
  }

  private static Tally tally(
      GoldMentions.Kind kind, int[] matched, Map<Span, String> predicted, Map<Span, String> gold) {
    int p = (int) predicted.keySet().stream().filter(s -> s.kind() == kind).count();
    int g = (int) gold.keySet().stream().filter(s -> s.kind() == kind).count();
    return new Tally(matched[kind.ordinal()], p, g);
  }

  private String body(Path corpusDir, String source) {
    Matcher dump = DUMP_ROW.matcher(source);
    String path = dump.matches() ? dump.group(1) : source;
    Path file = corpusDir.resolve(path);
    String wanted = dump.matches() ? file + ":" + dump.group(2) : file.toString();
    String[] found = new String[1];
    readers.read(
        file,
        x -> {
          if (x instanceof Extraction.Found f && f.source().equals(wanted)) {
            found[0] = f.article().body();
          }
        });
    return found[0];
  }

  private static String kind(Span span) {
    return span.kind().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String safeText(String body, Span span) {
    return span.end() <= body.length() ? body.substring(span.start(), span.end()) : "?";
  }
}
