package newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.gazetteer.GazetteerEntry;
import newsarchive.index.Schema;
import newsarchive.index.SpellingKey;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * What a search offers besides its hits, from the archive's own words: the other spellings of a
 * name (never merged into the search unasked), and for a query with few or no hits the words the
 * archive holds that are nearest to those it barely knows. Two spellings are never offered for one
 * another when the gazetteer resolves them to different entities, when {@link DistinctNames} lists
 * them as different names, or when either is an ordinary word (the archive writes it in lower case
 * more often than capitalised: "Used" is not a spelling of Assad). A query that finds nothing
 * because of words no article holds is offered without them. Thread-safe.
 */
final class Suggestions {
  /** A search with this many hits or fewer gets "did you mean". */
  static final int FEW_HITS = 2;

  private static final int MIN_NAME_LENGTH = 4;

  // Brackets or quotes with nothing left inside once the unknown words are taken out.
  private static final Pattern EMPTY_GROUP = Pattern.compile("\\[\\s*]|\\(\\s*\\)|\"\\s*\"");

  /**
   * The spelling key makes every vowel one, so Salamah shares it with Suleima; a spelling offered
   * differs by at most two letters (Salameh, Salamah, Salama).
   */
  private static final int MAX_EDITS = 2;

  private final Analyzer analyzer;
  private final Gazetteer gazetteer;
  private final DistinctNames distinct;

  Suggestions(Analyzer analyzer, Gazetteer gazetteer, DistinctNames distinct) {
    this.analyzer = analyzer;
    this.gazetteer = gazetteer;
    this.distinct = distinct;
  }

  List<Suggestion> of(String typed, ParsedQuery parsed, IndexReader reader, long total)
      throws IOException {
    List<Suggestion> out = new ArrayList<>();
    IndexedWords words = new IndexedWords(reader);
    for (QueryReader.Word w : parsed.words()) {
      List<String> variants = spellings(w.text(), parsed, words, reader);
      if (!variants.isEmpty()) {
        String group = "(" + w.text() + " OR " + String.join(" OR ", variants) + ")";
        out.add(
            new Suggestion(
                "spellings",
                "also search " + String.join(", ", variants) + "?",
                replace(typed, w, group),
                variants));
      }
    }
    if (total <= FEW_HITS) {
      Optional<Suggestion> corrected = didYouMean(typed, parsed, reader);
      corrected.ifPresent(out::add);
      if (total == 0 && corrected.isEmpty()) {
        without(typed, parsed, reader).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The other spellings of {@code word} the archive holds that may be offered, capitalised. */
  List<String> spellings(String word, ParsedQuery parsed, IndexedWords words, IndexReader reader)
      throws IOException {
    String folded = analyzer.normalize(Schema.BODY, word).utf8ToString().toLowerCase(Locale.ROOT);
    if (folded.length() < MIN_NAME_LENGTH
        || !folded.chars().allMatch(Character::isLetter)
        || ordinary(folded, reader)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String v : words.spellingsOf(folded)) {
      if (edits(folded, v) <= MAX_EDITS
          && !ordinary(v, reader)
          && !distinct.apart(folded, v)
          && !differentEntities(word, v)
          && !alreadySearched(v, parsed)) {
        out.add(Character.toUpperCase(v.charAt(0)) + v.substring(1));
      }
    }
    return out;
  }

  /** A word the archive writes in lower case more often than capitalised. */
  private boolean ordinary(String folded, IndexReader reader) throws IOException {
    String term = analyzed(folded);
    if (term == null) {
      return false;
    }
    int anyCase = reader.docFreq(new Term(Schema.BODY, term));
    int capitalised =
        reader.docFreq(
            new Term(
                Schema.VARIANTS, SpellingKey.of(folded) + SpellingKey.SURFACE_SEPARATOR + folded));
    return anyCase >= 2 && anyCase > 2 * capitalised;
  }

  private boolean differentEntities(String a, String b) {
    Optional<String> ea = gazetteer.resolve(a).map(GazetteerEntry::canonical);
    Optional<String> eb = gazetteer.resolve(b).map(GazetteerEntry::canonical);
    return ea.isPresent() && eb.isPresent() && !ea.equals(eb);
  }

  private static boolean alreadySearched(String variant, ParsedQuery parsed) {
    for (QueryReader.Word w : parsed.words()) {
      if (w.text().equalsIgnoreCase(variant)) {
        return true;
      }
    }
    for (Widening widening : parsed.widened()) {
      if (widening.variants().stream().anyMatch(variant::equalsIgnoreCase)
          || variant.equalsIgnoreCase(widening.canonical())) {
        return true;
      }
    }
    return false;
  }

  /** The query with each word the archive barely holds replaced by its nearest, if any. */
  private Optional<Suggestion> didYouMean(String typed, ParsedQuery parsed, IndexReader reader)
      throws IOException {
    Terms body = MultiTerms.getTerms(reader, Schema.BODY);
    if (body == null) {
      return Optional.empty();
    }
    String query = typed;
    List<String> offered = new ArrayList<>();
    List<QueryReader.Word> words = new ArrayList<>(parsed.words());
    for (int i = words.size() - 1; i >= 0; i--) {
      QueryReader.Word w = words.get(i);
      String term = analyzed(w.text());
      if (term == null || term.length() < MIN_NAME_LENGTH) {
        continue;
      }
      int freq = reader.docFreq(new Term(Schema.BODY, term));
      if (freq > FEW_HITS) {
        continue;
      }
      String near = nearest(body, term, freq);
      if (near != null && !distinct.apart(w.text(), near) && !differentEntities(w.text(), near)) {
        String s = near;
        if (Character.isUpperCase(w.text().charAt(0))) {
          s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        query = replace(query, w, s);
        offered.add(0, s);
      }
    }
    if (offered.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Suggestion("didYouMean", "did you mean " + query + "?", query, offered));
  }

  /**
   * The query without the words no article holds, when other words remain: "Aleppo [UPDATED]" finds
   * nothing for a label the archive never saw, and "Aleppo" is what was meant. Brackets and quotes
   * left empty go too.
   */
  private Optional<Suggestion> without(String typed, ParsedQuery parsed, IndexReader reader)
      throws IOException {
    List<QueryReader.Word> words = parsed.words();
    List<String> missing = new ArrayList<>();
    String query = typed;
    for (int i = words.size() - 1; i >= 0; i--) {
      QueryReader.Word w = words.get(i);
      String term = analyzed(w.text());
      if (term != null && reader.docFreq(new Term(Schema.BODY, term)) == 0) {
        query = replace(query, w, "");
        missing.add(0, w.text());
      }
    }
    query = EMPTY_GROUP.matcher(query).replaceAll(" ");
    query = query.replaceAll("\\s+", " ").strip();
    if (missing.isEmpty() || missing.size() == words.size() || query.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Suggestion(
            "without", "search without " + String.join(", ", missing) + "?", query, missing));
  }

  /**
   * The archive's word nearest to {@code term} (fewest edits, then most articles) among those in
   * more articles than {@code term}'s {@code freq}, or null.
   */
  private static String nearest(Terms body, String term, int freq) throws IOException {
    int edits = term.length() >= 6 ? 2 : 1;
    // The first letter is kept: a typo seldom falls there, and without it two edits turn ordinary
    // words into others ("update" into "date"). Spellings that differ in a first vowel (Edlib,
    // Idlib) are the spelling key's to offer.
    FuzzyTermsEnum e = new FuzzyTermsEnum(body, new Term(Schema.BODY, term), edits, 1, true);
    String best = null;
    float bestBoost = -1;
    int bestFreq = freq;
    for (BytesRef t = e.next(); t != null; t = e.next()) {
      int f = e.docFreq();
      float boost = e.getBoost();
      if (f > freq && (boost > bestBoost || (boost == bestBoost && f > bestFreq))) {
        best = t.utf8ToString();
        bestBoost = boost;
        bestFreq = f;
      }
    }
    return best;
  }

  /** The body field's one term for {@code word}, or null when it makes none or several. */
  private String analyzed(String word) throws IOException {
    try (TokenStream ts = analyzer.tokenStream(Schema.BODY, word)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String first = ts.incrementToken() ? t.toString() : null;
      boolean more = ts.incrementToken();
      ts.end();
      return more ? null : first;
    }
  }

  /** The Levenshtein distance between {@code a} and {@code b}. */
  static int edits(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + change);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static String replace(String typed, QueryReader.Word w, String with) {
    return typed.substring(0, w.start()) + with + typed.substring(w.end());
  }
}
