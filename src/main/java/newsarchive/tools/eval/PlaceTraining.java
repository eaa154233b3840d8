package newsarchive.tools.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsarchive.ingest.entities.EntityTagger;
import newsarchive.ingest.entities.Mention;
import newsarchive.ingest.entities.PlaceModel;

/**
 * Fits the {@link PlaceModel} on the LOOK part of the toponym corpora, never on the SCORE part:
 * every place candidate the tagger finds in a LOOK article is an example, a place when it overlaps
 * a marked toponym. The fit is an L2-penalised logistic regression by Newton's method from zero
 * weights, so the same corpora give the same model; the threshold is the probability that gives the
 * best toponym F1 (the archive's convention, demonyms not counted) on the same articles. Not
 * thread-safe.
 */
public final class PlaceTraining {

  /** The penalty on every weight but the bias: keeps rare features' weights finite. */
  static final double PENALTY = 1.0;

  private static final int MAX_STEPS = 100;

  private final EntityTagger tagger;

  /**
   * @param tagger a tagger whose candidates to learn from (its own model is not used)
   */
  public PlaceTraining(EntityTagger tagger) {
    this.tagger = tagger;
  }

  /** The fitted model and what it was fitted on. */
  public record Result(PlaceModel model, List<String> summary) {
    public Result {
      summary = List.copyOf(summary);
    }
  }

  /** One LOOK article's candidates, their values and labels, and its toponyms. */
  private record Example(
      List<Mention> mentions, double[][] x, boolean[] place, List<ToponymEval.Gold> gold) {}

  /** Fits a model on the LOOK articles of the corpus files, in the order given. */
  public Result train(List<Path> corpora) throws IOException {
    List<Example> examples = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int articles = 0;
    int candidates = 0;
    int places = 0;
    for (Path file : corpora) {
      names.add(file.getFileName().toString());
      for (ToponymEval.Article article : ToponymEval.articles(file)) {
        if (article.part() != DevSplit.Part.LOOK) {
          continue;
        }
        articles++;
        List<EntityTagger.PlaceCandidate> found = tagger.placeCandidates(article.text());
        double[][] x = new double[found.size()][];
        boolean[] place = new boolean[found.size()];
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
          EntityTagger.PlaceCandidate c = found.get(i);
          x[i] = c.features().stream().mapToDouble(Double::doubleValue).toArray();
          place[i] = article.gold().stream().anyMatch(g -> ToponymEval.overlaps(c.mention(), g));
          mentions.add(c.mention());
          places += place[i] ? 1 : 0;
        }
        candidates += found.size();
        examples.add(new Example(mentions, x, place, article.gold()));
      }
    }
    double[] w = fit(examples);
    double threshold = bestThreshold(examples, w);
    PlaceModel model = new PlaceModel(w, threshold);
    List<String> summary =
        List.of(
            "Trained by ./archive train-places on the LOOK part of "
                + String.join(" and ", names)
                + String.format(
                    Locale.ROOT,
                    " (%d articles, %d candidates, %d of them marked places).",
                    articles,
                    candidates,
                    places),
            String.format(
                Locale.ROOT,
                "Logistic regression, L2 penalty %.1f; threshold %.2f, the best toponym F1 on"
                    + " the same articles (%.3f).",
                PENALTY,
                threshold,
                f1(examples, w, threshold)));
    return new Result(model, summary);
  }

  // Newton's method on the penalised log-likelihood; the features are few, so each step solves
  // the whole system.
  private static double[] fit(List<Example> examples) {
    int n = EntityTagger.featureNames().size();
    double[] w = new double[n];
    for (int step = 0; step < MAX_STEPS; step++) {
      double[] gradient = new double[n];
      double[][] hessian = new double[n][n];
      PlaceModel current = new PlaceModel(w, 0);
      for (Example e : examples) {
        for (int i = 0; i < e.x().length; i++) {
          double[] x = e.x()[i];
          double p = current.probability(x);
          double residual = (e.place()[i] ? 1 : 0) - p;
          double weight = p * (1 - p);
          for (int a = 0; a < n; a++) {
            if (x[a] == 0) {
              continue;
            }
            gradient[a] += residual * x[a];
            for (int b = 0; b < n; b++) {
              hessian[a][b] += weight * x[a] * x[b];
            }
          }
        }
      }
      for (int a = 1; a < n; a++) { // the bias (feature 0) goes unpenalised
        gradient[a] -= PENALTY * w[a];
        hessian[a][a] += PENALTY;
      }
      hessian[0][0] += 1e-9;
      double[] delta = solve(hessian, gradient);
      double largest = 0;
      for (int a = 0; a < n; a++) {
        w[a] += delta[a];
        largest = Math.max(largest, Math.abs(delta[a]));
      }
      if (largest < 1e-10) {
        break;
      }
    }
    return w;
  }

  // Gaussian elimination with partial pivoting; the matrix is positive definite.
  static double[] solve(double[][] matrix, double[] vector) {
    int n = vector.length;
    double[][] a = new double[n][];
    double[] b = vector.clone();
    for (int i = 0; i < n; i++) {
      a[i] = matrix[i].clone();
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int row = col + 1; row < n; row++) {
        if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
          pivot = row;
        }
      }
      double[] swap = a[col];
      a[col] = a[pivot];
      a[pivot] = swap;
      double t = b[col];
      b[col] = b[pivot];
      b[pivot] = t;
      for (int row = col + 1; row < n; row++) {
        double factor = a[row][col] / a[col][col];
        for (int k = col; k < n; k++) {
          a[row][k] -= factor * a[col][k];
        }
        b[row] -= factor * b[col];
      }
    }
    double[] x = new double[n];
    for (int row = n - 1; row >= 0; row--) {
      double sum = b[row];
      for (int k = row + 1; k < n; k++) {
        sum -= a[row][k] * x[k];
      }
      x[row] = sum / a[row][row];
    }
    return x;
  }

  // Of the thresholds 0.05, 0.06, ... 0.95, the one with the best toponym F1; the lowest of equals.
  private static double bestThreshold(List<Example> examples, double[] w) {
    double best = 0.5;
    double bestF1 = -1;
    for (int t = 5; t <= 95; t++) {
      double f1 = f1(examples, w, t / 100.0);
      if (f1 > bestF1 + 1e-12) {
        bestF1 = f1;
        best = t / 100.0;
      }
    }
    return best;
  }

  // Toponym F1 as ToponymEval counts it, demonyms not counted, over all the examples' articles.
  private static double f1(List<Example> examples, double[] w, double threshold) {
    PlaceModel model = new PlaceModel(w, threshold);
    ToponymEval.Overlap total = new ToponymEval.Overlap(0, 0, 0, 0);
    for (Example e : examples) {
      List<Mention> predicted = new ArrayList<>();
      for (int i = 0; i < e.x().length; i++) {
        if (model.accepts(e.x()[i])) {
          predicted.add(e.mentions().get(i));
        }
      }
      total = total.plus(ToponymEval.score(predicted, e.gold(), false));
    }
    return total.f1();
  }
}
