package newsarchive.tools.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lowest score each measure may fall to before {@code ./archive eval --check} fails: a little
 * under what the extractor reached when they were set (docs/QUALITY.md has both). On a development
 * set split by {@link DevSplit} a floor applies to the SCORE part, the part nobody reads. Raise a
 * floor when a change lifts its score for good; never lower one to let a change through. Stateless.
 */
public final class Floors {
  public static final String BODY_PRECISION = "body precision";
  public static final String BODY_RECALL = "body recall";
  public static final String BODY_F1 = "body F1";
  public static final String SNIPPET_PRECISION = "snippet precision";
  public static final String SNIPPET_RECALL = "snippet recall";
  public static final String SNIPPET_F1 = "snippet F1";
  public static final String TITLE = "title accuracy";
  public static final String PUBLICATION_DATE = "publication date accuracy";
  public static final String GOVERNORATE = "FA-KES governorate agreement";
  public static final String ACTOR = "FA-KES actor class agreement";
  public static final String FACTION_PRECISION = "faction mention precision";
  public static final String FACTION_RECALL = "faction mention recall";
  public static final String PLACE_PRECISION = "place mention precision";
  public static final String PLACE_RECALL = "place mention recall";
  public static final String CANONICAL = "canonical name accuracy";

  /** The name of a toponym measure: "toponym F1, TR-News SCORE". */
  public static String toponym(String corpus, String part, String measure) {
    return "toponym " + measure + ", " + corpus + " " + part;
  }

  static final Map<String, Double> FLOORS =
      Map.ofEntries(
          Map.entry(BODY_PRECISION, 0.975),
          Map.entry(BODY_RECALL, 0.985),
          Map.entry(BODY_F1, 0.98),
          Map.entry(SNIPPET_PRECISION, 0.93),
          Map.entry(SNIPPET_RECALL, 0.925),
          Map.entry(SNIPPET_F1, 0.93),
          Map.entry(TITLE, 0.98),
          // The SCORE part measured 0.916 when the split came in (the old 0.92 was set on the
          // whole), 0.918 since a day shown throughout beats a different declared one, 0.937 since
          // the headline's frame and the rules of issue 17 (docs/QUALITY.md).
          Map.entry(PUBLICATION_DATE, 0.935),
          Map.entry(GOVERNORATE, 0.97),
          Map.entry(ACTOR, 0.83),
          Map.entry(FACTION_PRECISION, 0.97),
          Map.entry(FACTION_RECALL, 0.94),
          Map.entry(PLACE_PRECISION, 0.96),
          Map.entry(PLACE_RECALL, 0.92),
          Map.entry(CANONICAL, 0.97),
          // Toponyms by overlap, the SCORE part only: the LOOK part is read while changing the
          // tagger (and the place model is fitted on it), so its score says less. Raised with the
          // learned place decision; TR-News precision fell to 0.941 with it, recall rose more.
          Map.entry(toponym("TR-News", "SCORE", "precision"), 0.94),
          Map.entry(toponym("TR-News", "SCORE", "recall"), 0.83),
          Map.entry(toponym("TR-News", "SCORE", "F1"), 0.88),
          Map.entry(toponym("TR-News", "SCORE", "F1 with demonyms"), 0.825),
          Map.entry(toponym("lgl", "SCORE", "precision"), 0.87),
          Map.entry(toponym("lgl", "SCORE", "recall"), 0.735),
          Map.entry(toponym("lgl", "SCORE", "F1"), 0.8),
          Map.entry(toponym("lgl", "SCORE", "F1 with demonyms"), 0.775));

  private Floors() {}

  /** The floor of a measure, or 0 for one without. */
  public static double of(String measure) {
    return FLOORS.getOrDefault(measure, 0.0);
  }

  /** One line for each score under its floor; empty when all hold. */
  public static List<String> failures(Map<String, Double> scores) {
    List<String> out = new ArrayList<>();
    scores.forEach(
        (measure, score) -> {
          double floor = of(measure);
          if (score < floor) {
            out.add(
                String.format(
                    Locale.ROOT, "%s %.3f is under its floor %.3f", measure, score, floor));
          }
        });
    return out;
  }
}
