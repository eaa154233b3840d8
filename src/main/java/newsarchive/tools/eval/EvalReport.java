package newsarchive.tools.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary of one evaluation run, as printed by {@code ./archive eval} (and, with {@code
 * --json}, serialised as it is). A set that was not scored is null and named in {@code skipped}.
 * The development sets (bodies, snippets, titles, publication dates) also carry their figures on
 * each part of the {@link DevSplit}: {@code look} and {@code score}. Immutable.
 */
public record EvalReport(
    Body body,
    Snippets snippets,
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

  /** Article body extraction with the benchmark's shingle metric, whole and per part. */
  public record Body(
      int pages,
      double precision,
      double recall,
      double f1,
      double pagesPerSecond,
      Shingles look,
      Shingles score) {}

  /** The shingle metric over some pages. */
  public record Shingles(int pages, double precision, double recall, double f1) {}

  /** Snippet-judged extraction (trafilatura's metric), whole and per part. */
  public record Snippets(SnippetCounts all, SnippetCounts look, SnippetCounts score) {}

  /** Trafilatura's measures over some pages; {@code rejected} pages found nothing. */
  public record SnippetCounts(
      int pages, int rejected, double precision, double recall, double accuracy, double f1) {
    static SnippetCounts of(SnippetEval.Counts c) {
      return new SnippetCounts(
          c.pages(), c.rejected(), c.precision(), c.recall(), c.accuracy(), c.f1());
    }
  }

  /** A share of pages right, whole and per part. */
  public record Accuracy(int pages, int correct, double accuracy, Share look, Share score) {}

  /** A share of pages right over some pages. */
  public record Share(int pages, int correct, double accuracy) {
    /** From {@code {pages, correct}}. */
    static Share of(int[] counts) {
      return new Share(counts[0], counts[1], counts[0] == 0 ? 0 : (double) counts[1] / counts[0]);
    }
  }

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

  /** One measure: over the whole set, and over each part when the set is split (else null). */
  public record Row(double all, Double look, Double score) {
    /** The figure a floor applies to: the scored part when there is one, else the whole. */
    public double checked() {
      return score != null ? score : all;
    }
  }

  /** Every measure by the name its floor has, in table order; skipped sets are absent. */
  public Map<String, Row> rows() {
    Map<String, Row> out = new LinkedHashMap<>();
    if (body != null) {
      out.put(
          Floors.BODY_PRECISION,
          new Row(body.precision(), body.look().precision(), body.score().precision()));
      out.put(
          Floors.BODY_RECALL, new Row(body.recall(), body.look().recall(), body.score().recall()));
      out.put(Floors.BODY_F1, new Row(body.f1(), body.look().f1(), body.score().f1()));
    }
    if (snippets != null) {
      SnippetCounts a = snippets.all();
      SnippetCounts l = snippets.look();
      SnippetCounts s = snippets.score();
      out.put(Floors.SNIPPET_PRECISION, new Row(a.precision(), l.precision(), s.precision()));
      out.put(Floors.SNIPPET_RECALL, new Row(a.recall(), l.recall(), s.recall()));
      out.put(Floors.SNIPPET_F1, new Row(a.f1(), l.f1(), s.f1()));
    }
    if (title != null) {
      out.put(Floors.TITLE, split(title));
    }
    if (publicationDate != null) {
      out.put(Floors.PUBLICATION_DATE, split(publicationDate));
    }
    if (fakes != null) {
      out.put(Floors.GOVERNORATE, new Row(fakes.governorate(), null, null));
      out.put(Floors.ACTOR, new Row(fakes.actor(), null, null));
    }
    if (mentions != null) {
      out.put(Floors.FACTION_PRECISION, new Row(mentions.factionPrecision(), null, null));
      out.put(Floors.FACTION_RECALL, new Row(mentions.factionRecall(), null, null));
      out.put(Floors.PLACE_PRECISION, new Row(mentions.placePrecision(), null, null));
      out.put(Floors.PLACE_RECALL, new Row(mentions.placeRecall(), null, null));
      out.put(Floors.CANONICAL, new Row(mentions.canonical(), null, null));
    }
    // Each part of a toponym corpus is a row of its own, its part in its name.
    for (Toponyms t : toponyms) {
      out.put(
          Floors.toponym(t.corpus(), t.part(), "precision"), new Row(t.precision(), null, null));
      out.put(Floors.toponym(t.corpus(), t.part(), "recall"), new Row(t.recall(), null, null));
      out.put(Floors.toponym(t.corpus(), t.part(), "F1"), new Row(t.f1(), null, null));
      out.put(
          Floors.toponym(t.corpus(), t.part(), "F1 with demonyms"),
          new Row(t.f1WithDemonyms(), null, null));
    }
    return out;
  }

  /**
   * Every measure with the figure its floor applies to: the SCORE part of a split set, the whole of
   * any other; in table order.
   */
  public Map<String, Double> scores() {
    Map<String, Double> out = new LinkedHashMap<>();
    rows().forEach((measure, row) -> out.put(measure, row.checked()));
    return out;
  }

  private static Row split(Accuracy a) {
    return new Row(a.accuracy(), a.look().accuracy(), a.score().accuracy());
  }
}
