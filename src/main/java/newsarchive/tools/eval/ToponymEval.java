package newsarchive.tools.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import newsarchive.ingest.entities.EntityTagger;
import newsarchive.ingest.entities.Mention;
import newsarchive.ingest.entities.PlaceTag;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Scores place tagging on a toponym corpus in the XML of Gritta et al.'s geoparsing sets (LGL,
 * TR-News): every {@code <article>}'s text is tagged and a predicted place mention is right when it
 * overlaps a marked toponym; precision is over predictions, recall over marked toponyms. Articles
 * fall in the {@link DevSplit} part of their corpus file's name and docid ("TR-News.xml#1040001"),
 * and each part is scored apart. Two conventions are counted: the archive's, in which a demonym
 * ("Turkish", "Syrian") is not a place mention and so drops out of the gold, and the corpus's own,
 * in which it is one. Thread-safe as long as the tagger is.
 */
public final class ToponymEval {

  // A one-word marked toponym that reads as a people's or a language's adjective ("Turkish",
  // "Iraqi", "Americans") and is not a word of the place's own name ("Iran", "Michigan").
  private static final Pattern DEMONYM =
      Pattern.compile("\\p{Lu}\\p{L}*(ans?|ese|ish|is?|ic|ch|eans?|ots?|ines?)");
  private static final Pattern PLAIN_DEMONYM = Pattern.compile("\\p{Lu}\\p{L}*(ish|ese|ians?)");

  private final EntityTagger tagger;

  public ToponymEval(EntityTagger tagger) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
  }

  /** One part's counts: the archive's convention ({@code names}) and the corpus's ({@code all}). */
  public record PartScore(
      String corpus, DevSplit.Part part, int articles, Overlap names, Overlap all) {
    public PartScore {
      Objects.requireNonNull(corpus, "corpus");
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(names, "names");
      Objects.requireNonNull(all, "all");
    }
  }

  /** A corpus's two parts, its tagging speed and one line per error in the LOOK part only. */
  public record Score(List<PartScore> parts, double articlesPerSecond, List<String> lookErrors) {
    public Score {
      parts = List.copyOf(parts);
      lookErrors = List.copyOf(lookErrors);
    }
  }

  /** A marked toponym: UTF-16 offsets into the text, and whether it is a demonym. */
  record Gold(int start, int end, String phrase, boolean demonym) {}

  /** One article of a toponym corpus: its id ("lgl.xml#38543403"), part, text and toponyms. */
  record Article(String id, DevSplit.Part part, String text, List<Gold> gold) {
    Article {
      gold = List.copyOf(gold);
    }
  }

  /** Every article of a corpus file, in the file's order. */
  static List<Article> articles(Path file) throws IOException {
    List<Article> out = new ArrayList<>();
    NodeList nodes = parse(file).getElementsByTagName("article");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element article = (Element) nodes.item(i);
      String docid = article.getAttribute("docid");
      String id = file.getFileName() + "#" + (docid.isEmpty() ? String.valueOf(i) : docid);
      String text = child(article, "text").getTextContent();
      out.add(new Article(id, DevSplit.of(id), text, gold(article, text)));
    }
    return out;
  }

  /** Scores one corpus file; its name, without ".xml", names the corpus. */
  public Score run(Path file) throws IOException {
    String corpus = file.getFileName().toString().replaceFirst("\\.xml$", "");
    Overlap[] names = {new Overlap(0, 0, 0, 0), new Overlap(0, 0, 0, 0)};
    Overlap[] all = {new Overlap(0, 0, 0, 0), new Overlap(0, 0, 0, 0)};
    int[] counts = new int[2];
    List<String> errors = new ArrayList<>();
    long nanos = 0;
    List<Article> articles = articles(file);
    for (Article article : articles) {
      long started = System.nanoTime();
      List<Mention> predicted = predicted(article.text());
      nanos += System.nanoTime() - started;
      int p = article.part().ordinal();
      counts[p]++;
      names[p] = names[p].plus(score(predicted, article.gold(), false));
      all[p] = all[p].plus(score(predicted, article.gold(), true));
      if (article.part() == DevSplit.Part.LOOK) {
        errors.addAll(
            errors(corpus + " " + article.id(), article.text(), predicted, article.gold()));
      }
    }
    List<PartScore> parts = new ArrayList<>();
    for (DevSplit.Part part : DevSplit.Part.values()) {
      int p = part.ordinal();
      parts.add(new PartScore(corpus, part, counts[p], names[p], all[p]));
    }
    double seconds = nanos / 1e9;
    return new Score(parts, seconds == 0 ? 0 : articles.size() / seconds, errors);
  }

  /** One part's score as the report carries it. */
  static EvalReport.Toponyms report(PartScore p, double articlesPerSecond) {
    return new EvalReport.Toponyms(
        p.corpus(),
        p.part().name(),
        p.articles(),
        p.names().gold(),
        p.names().precision(),
        p.names().recall(),
        p.names().f1(),
        p.all().f1(),
        articlesPerSecond);
  }

  private List<Mention> predicted(String text) {
    List<Mention> out = new ArrayList<>();
    for (PlaceTag place : tagger.tag(text).locations()) {
      out.addAll(place.mentions());
    }
    return out;
  }

  static Overlap score(List<Mention> predicted, List<Gold> gold, boolean demonyms) {
    List<Gold> counted = gold.stream().filter(g -> demonyms || !g.demonym()).toList();
    int right = 0;
    for (Mention m : predicted) {
      if (counted.stream().anyMatch(g -> overlaps(m, g))) {
        right++;
      }
    }
    int found = 0;
    for (Gold g : counted) {
      if (predicted.stream().anyMatch(m -> overlaps(m, g))) {
        found++;
      }
    }
    return new Overlap(right, predicted.size(), found, counted.size());
  }

  /**
   * Overlap counts: one prediction may cover two toponyms and two predictions one, so the right
   * predictions and the found toponyms are counted apart. Immutable.
   */
  public record Overlap(int right, int predicted, int found, int gold) {
    public double precision() {
      return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) right / predicted;
    }

    public double recall() {
      return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) found / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Overlap plus(Overlap o) {
      return new Overlap(right + o.right, predicted + o.predicted, found + o.found, gold + o.gold);
    }
  }

  static boolean overlaps(Mention m, Gold g) {
    return m.start() < g.end() && g.start() < m.end();
  }

  private static List<String> errors(
      String where, String text, List<Mention> predicted, List<Gold> gold) {
    List<String> out = new ArrayList<>();
    for (Mention m : predicted) {
      if (gold.stream().noneMatch(g -> overlaps(m, g))) {
        out.add(
            String.format(Locale.ROOT, "toponyms %s %d spurious '%s'", where, m.start(), m.text()));
      }
    }
    for (Gold g : gold) {
      if (predicted.stream().noneMatch(m -> overlaps(m, g))) {
        out.add(
            String.format(
                Locale.ROOT,
                "toponyms %s %d missed%s '%s' in '%s'",
                where,
                g.start(),
                g.demonym() ? " demonym" : "",
                g.phrase(),
                around(text, g)));
      }
    }
    return out;
  }

  private static String around(String text, Gold g) {
    int from = Math.max(0, g.start() - 30);
    int to = Math.min(text.length(), g.end() + 30);
    return text.substring(from, to).replace('\n', ' ');
  }

  // The marked offsets count code points; TR-News has some a few characters off, so the phrase is
  // looked for nearest its marked start.
  static List<Gold> gold(Element article, String text) {
    List<Gold> out = new ArrayList<>();
    NodeList toponyms = article.getElementsByTagName("toponym");
    int codePoints = text.codePointCount(0, text.length());
    for (int i = 0; i < toponyms.getLength(); i++) {
      Element t = (Element) toponyms.item(i);
      String phrase = child(t, "phrase").getTextContent().strip();
      int cp = Integer.parseInt(child(t, "start").getTextContent().strip());
      int start = text.offsetByCodePoints(0, Math.min(Math.max(cp, 0), codePoints));
      int at = locate(text, phrase, start);
      if (at >= 0) {
        out.add(new Gold(at, at + phrase.length(), phrase, isDemonym(t, phrase)));
      }
    }
    return out;
  }

  static boolean isDemonym(Element toponym, String phrase) {
    NodeList names = toponym.getElementsByTagName("name");
    if (names.getLength() == 0) {
      return PLAIN_DEMONYM.matcher(phrase).matches();
    }
    String name = " " + names.item(0).getTextContent().strip() + " ";
    return DEMONYM.matcher(phrase).matches() && !name.contains(" " + phrase + " ");
  }

  static int locate(String text, String phrase, int start) {
    if (phrase.isEmpty()) {
      return -1;
    }
    if (text.startsWith(phrase, start)) {
      return start;
    }
    int before = text.lastIndexOf(phrase, start);
    int after = text.indexOf(phrase, start);
    int best = -1;
    if (before >= 0 && start - before <= 60) {
      best = before;
    }
    if (after >= 0 && after - start <= 60 && (best < 0 || after - start < start - best)) {
      best = after;
    }
    return best;
  }

  private static Element child(Element parent, String name) {
    NodeList list = parent.getElementsByTagName(name);
    if (list.getLength() == 0) {
      throw new IllegalArgumentException("no <" + name + "> in <" + parent.getTagName() + ">");
    }
    return (Element) list.item(0);
  }

  private static Document parse(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(in);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": not a toponym corpus (" + e.getMessage() + ")", e);
    }
  }
}
