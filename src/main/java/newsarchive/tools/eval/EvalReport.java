package newsarchive.tools.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary of one evaluation run, as printed by {@code ./archive eval} (and, with {@code
 * --json}, serialised as it is). A set that was not scored is null and named in {@code skipped}.
 * Immutable.
 */
public record EvalReport(
    Body body,
    Accuracy title,
    Accuracy publicationDate,
    Fakes fakes,
    Mentions mentions,
    List<String> skipped,
    List<Toponyms> toponyms) {
  public EvalReport {
    skipped = List.copyOf(skipped);
    toponyms = List.copyOf(toponyms);
  }

  /** Article body extraction with the benchmark's shingle metric. */
  public record Body(
      int pages, double precision, double recall, double f1, double pagesPerSecond) {}

  /** A share of pages right. */
  public record Accuracy(int pages, int correct, double accuracy) {}

  /** FA-KES agreement: governorate over all rows, actor class over rows with a known class. */
  public record Fakes(int articles, double governorate, int actorLabelled, double actor) {}

  /** Gold mention scores over the hand-marked articles of the corpus. */
  public record Mentions(
      int articles,
      double factionPrecision,
      double factionRecall,
      double placePrecision,
      double placeRecall,
      double canonical) {}

  /**
   * Place mentions on one part of a toponym corpus, by overlap: the archive's convention (demonyms
   * are not places) and, in {@code f1WithDemonyms}, the corpus's.
   */
  public record Toponyms(
      String corpus,
      String part,
      int articles,
      int toponyms,
      double precision,
      double recall,
      double f1,
      double f1WithDemonyms,
      double articlesPerSecond) {}

  /** Every score by the name its floor has, in table order; skipped sets are absent. */
  public Map<String, Double> scores() {
    Map<String, Double> out = new LinkedHashMap<>();
    if (body != null) {
      out.put(Floors.BODY_PRECISION, body.precision());
      out.put(Floors.BODY_RECALL, body.recall());
      out.put(Floors.BODY_F1, body.f1());
    }
    if (title != null) {
      out.put(Floors.TITLE, title.accuracy());
    }
    if (publicationDate != null) {
      out.put(Floors.PUBLICATION_DATE, publicationDate.accuracy());
    }
    if (fakes != null) {
      out.put(Floors.GOVERNORATE, fakes.governorate());
      out.put(Floors.ACTOR, fakes.actor());
    }
    if (mentions != null) {
      out.put(Floors.FACTION_PRECISION, mentions.factionPrecision());
      out.put(Floors.FACTION_RECALL, mentions.factionRecall());
      out.put(Floors.PLACE_PRECISION, mentions.placePrecision());
      out.put(Floors.PLACE_RECALL, mentions.placeRecall());
      out.put(Floors.CANONICAL, mentions.canonical());
    }
    for (Toponyms t : toponyms) {
      out.put(Floors.toponym(t.corpus(), t.part(), "precision"), t.precision());
      out.put(Floors.toponym(t.corpus(), t.part(), "recall"), t.recall());
      out.put(Floors.toponym(t.corpus(), t.part(), "F1"), t.f1());
      out.put(Floors.toponym(t.corpus(), t.part(), "F1 with demonyms"), t.f1WithDemonyms());
    }
    return out;
  }
}
