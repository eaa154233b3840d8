package newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.gazetteer.GazetteerEntry;
import newsarchive.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene's classic syntax (words, "phrases", -exclusions, OR, trailing wildcards, field prefixes)
 * with the archive's meaning: a bare word searches title and body; unless {@code exact}, a word
 * that names a known faction or place also finds its aliases and the articles tagged with it. Other
 * spellings of a name are never added here: they are offered as a suggestion ({@link Suggestions}).
 * {@code faction:} and {@code location:} match tagged entities. Not thread-safe; one per request.
 */
final class ArchiveQueryParser extends QueryParser {
  static final float TITLE_BOOST = 2.5f;
  static final float ENTITY_BOOST = 1.5f;
  static final float ALIAS_BOOST = 0.8f;
  private static final int MAX_ALIASES = 16;

  private final Gazetteer gazetteer;
  private final IndexedWords words;
  private final boolean exact;
  private final List<Widening> widened = new ArrayList<>();
  private final List<Query> highlightExtras = new ArrayList<>();

  ArchiveQueryParser(Analyzer analyzer, Gazetteer gazetteer, IndexedWords words, boolean exact) {
    super(Schema.BODY, analyzer);
    this.gazetteer = gazetteer;
    this.words = words;
    this.exact = exact;
    setDefaultOperator(QueryParser.AND_OPERATOR);
    setAllowLeadingWildcard(false);
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
  }

  List<Widening> widened() {
    return List.copyOf(widened);
  }

  List<Query> highlightExtras() {
    return List.copyOf(highlightExtras);
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    return switch (field) {
      case Schema.BODY -> anywhere(text, quoted);
      case Schema.TITLE -> super.getFieldQuery(Schema.TITLE, text, quoted);
      case Schema.FACTION, Schema.LOCATION -> tagged(field, text);
      default -> throw unknownField(field);
    };
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    if (!field.equals(Schema.BODY) && !field.equals(Schema.TITLE)) {
      return getFieldQuery(field, text, true);
    }
    return super.getFieldQuery(field, text, slop);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    if (termStr.length() < 2) {
      throw new ParseException("A wildcard needs at least two letters before the *.");
    }
    return bothTextFields(field, f -> super.getPrefixQuery(f, termStr));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    return bothTextFields(field, f -> super.getWildcardQuery(f, termStr));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    return bothTextFields(field, f -> super.getFuzzyQuery(f, termStr, minSimilarity));
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    throw new ParseException("Regular expressions (/.../) are not supported.");
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    throw new ParseException("Ranges in the query are not supported; use from= and to= for dates.");
  }

  private interface FieldQuery {
    Query on(String field) throws ParseException;
  }

  private Query bothTextFields(String field, FieldQuery query) throws ParseException {
    if (field.equals(Schema.TITLE)) {
      return query.on(Schema.TITLE);
    }
    if (!field.equals(Schema.BODY)) {
      throw unknownField(field);
    }
    return new BooleanQuery.Builder()
        .add(new BoostQuery(query.on(Schema.TITLE), TITLE_BOOST), Occur.SHOULD)
        .add(query.on(Schema.BODY), Occur.SHOULD)
        .build();
  }

  /** A bare word or phrase: title and body, plus its entity and spellings when not exact. */
  private Query anywhere(String text, boolean quoted) throws ParseException {
    Query title = super.getFieldQuery(Schema.TITLE, text, quoted);
    Query body = super.getFieldQuery(Schema.BODY, text, quoted);
    if (title == null || body == null) {
      return null; // only stop characters: nothing to search for
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD);
    any.add(body, Occur.SHOULD);
    boolean stopWord =
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(text.toLowerCase(Locale.ROOT));
    if (!exact && !stopWord) {
      Optional<GazetteerEntry> entity = gazetteer.resolve(text);
      if (entity.isPresent()) {
        addEntity(any, text, entity.get());
      }
    }
    return any.build();
  }

  private void addEntity(BooleanQuery.Builder any, String text, GazetteerEntry e)
      throws ParseException {
    String dim = e.kind() == GazetteerEntry.Kind.FACTION ? Schema.FACTION : Schema.LOCATION;
    any.add(
        new BoostQuery(
            new TermQuery(new Term(Schema.ENTITY, Schema.entity(dim, e.canonical()))),
            ENTITY_BOOST),
        Occur.SHOULD);
    List<String> used = new ArrayList<>();
    for (String alias : names(e)) {
      if (used.size() == MAX_ALIASES) {
        break;
      }
      if (alias.equalsIgnoreCase(text) || !searchable(alias)) {
        continue;
      }
      Query q = super.getFieldQuery(Schema.BODY, alias, true);
      if (q != null && occurs(q)) {
        any.add(new BoostQuery(q, ALIAS_BOOST), Occur.SHOULD);
        highlightExtras.add(q);
        used.add(alias);
      }
    }
    widened.add(new Widening(text, e.canonical(), used));
  }

  /** Aliases no article uses would only lengthen the query and the list the user reads. */
  private boolean occurs(Query q) {
    try {
      return words.allOccur(q);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The canonical name first, then each alias once, whatever its case. */
  private static List<String> names(GazetteerEntry e) {
    java.util.Map<String, String> byFolded = new java.util.LinkedHashMap<>();
    byFolded.putIfAbsent(e.canonical().toLowerCase(Locale.ROOT), e.canonical());
    for (String alias : e.aliases()) {
      byFolded.putIfAbsent(alias.toLowerCase(Locale.ROOT), alias);
    }
    return List.copyOf(byFolded.values());
  }

  /**
   * Short aliases that fold to an English word (IS → "is") would match everywhere; those are left
   * to the entity tag, which the tagger set with context.
   */
  private boolean searchable(String alias) {
    String folded = getAnalyzer().normalize(Schema.BODY, alias).utf8ToString();
    return folded.length() > 2 && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(folded);
  }

  private Query tagged(String dim, String text) {
    String canonical = gazetteer.resolve(text).map(GazetteerEntry::canonical).orElse(text.strip());
    return new TermQuery(new Term(Schema.ENTITY, Schema.entity(dim, canonical)));
  }

  private static ParseException unknownField(String field) {
    return new ParseException("Unknown field '" + field + ":'; use title:, faction: or location:.");
  }
}
