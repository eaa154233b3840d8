package newsarchive.search;

import java.util.List;
import java.util.Optional;
import newsarchive.gazetteer.Gazetteer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a user typed into a {@link ParsedQuery}; never refuses the text. {@link QueryReader}
 * makes it Lucene syntax, and what it could not read as typed is searched as words, which {@link
 * ParsedQuery#interpreted()} says. An empty query, {@code *} and {@code *:*} match every article,
 * and a query of exclusions only matches every article but those. Thread-safe.
 */
public final class QueryBuilder {
  private final Analyzer analyzer;
  private final Gazetteer gazetteer;
  private final Suggestions suggestions;

  public QueryBuilder(Analyzer analyzer, Gazetteer gazetteer) {
    this.analyzer = analyzer;
    this.gazetteer = gazetteer;
    this.suggestions = new Suggestions(analyzer, gazetteer, DistinctNames.load());
  }

  /** What to offer beside the hits of {@code parsed}, which found {@code total}. */
  List<Suggestion> suggest(String typed, ParsedQuery parsed, IndexReader reader, long total)
      throws java.io.IOException {
    return suggestions.of(typed == null ? "" : typed.strip(), parsed, reader, total);
  }

  ParsedQuery parse(String text, boolean exact, IndexReader reader) {
    String q = text == null ? "" : text.strip();
    if (q.isEmpty() || q.equals("*") || q.equals("*:*")) {
      return ParsedQuery.everything(null);
    }
    Optional<String> entity = asEntityPhrase(q, exact);
    QueryReader.Read read =
        entity.isPresent()
            ? new QueryReader.Read(entity.get(), List.of(), List.of())
            : QueryReader.read(q);
    ParsedQuery parsed = parse(read, exact, reader);
    if (parsed == null) {
      // The reader writes only syntax the parser reads; this is the guard should it not.
      parsed = parse(QueryReader.wordsOnly(q), exact, reader);
    }
    return parsed != null ? parsed : ParsedQuery.everything("found no words to search for");
  }

  /** The query {@code read} stands for, or null if the parser refuses it. */
  private ParsedQuery parse(QueryReader.Read read, boolean exact, IndexReader reader) {
    if (read.syntax().isEmpty()) {
      return ParsedQuery.everything(
          read.interpreted() != null ? read.interpreted() : "found no words to search for");
    }
    ArchiveQueryParser parser =
        new ArchiveQueryParser(analyzer, gazetteer, new IndexedWords(reader), exact);
    Query query;
    try {
      query = parser.parse(read.syntax());
    } catch (ParseException | TokenMgrError | IndexSearcher.TooManyClauses e) {
      return null;
    }
    if (query == null) {
      return ParsedQuery.everything(
          read.interpreted() != null ? read.interpreted() : "found no words to search for");
    }
    boolean browsing = !hasPositive(query);
    query = withEverything(query);
    BooleanQuery.Builder highlight = new BooleanQuery.Builder().add(query, Occur.SHOULD);
    parser.highlightExtras().forEach(x -> highlight.add(x, Occur.SHOULD));
    return new ParsedQuery(
        query, highlight.build(), parser.widened(), read.interpreted(), read.words(), browsing);
  }

  private static boolean hasPositive(Query q) {
    if (q instanceof BooleanQuery b) {
      return b.clauses().stream().anyMatch(c -> c.occur() != Occur.MUST_NOT);
    }
    return true;
  }

  /**
   * Lucene matches nothing for a clause of exclusions only; the user means everything but those, at
   * any depth ({@code -raqqa}, {@code NOT raqqa}, {@code aleppo OR (NOT raqqa)}).
   */
  private static Query withEverything(Query q) {
    if (!(q instanceof BooleanQuery b)) {
      return q;
    }
    BooleanQuery.Builder out =
        new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
    boolean positive = false;
    for (BooleanClause c : b.clauses()) {
      out.add(withEverything(c.query()), c.occur());
      positive |= c.occur() != Occur.MUST_NOT;
    }
    if (!positive) {
      out.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
    }
    return out.build();
  }

  /** A query that is, as typed, the name of a known entity is searched as that one name. */
  private Optional<String> asEntityPhrase(String q, boolean exact) {
    boolean plain = q.matches("[\\p{L}\\p{N}'’ .\\-]+") && q.contains(" ");
    if (exact || !plain) {
      return Optional.empty();
    }
    return gazetteer.resolve(q).map(e -> "\"" + q.replace("\"", "") + "\"");
  }
}
