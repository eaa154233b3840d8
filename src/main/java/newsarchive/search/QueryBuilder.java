package newsarchive.search;

import java.util.Optional;
import newsarchive.gazetteer.Gazetteer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a user typed into a {@link ParsedQuery}, or an {@link InvalidQueryException} that says
 * in one sentence what is wrong. An empty query, {@code *} and {@code *:*} match every article.
 * Thread-safe.
 */
public final class QueryBuilder {
  private final Analyzer analyzer;
  private final Gazetteer gazetteer;

  public QueryBuilder(Analyzer analyzer, Gazetteer gazetteer) {
    this.analyzer = analyzer;
    this.gazetteer = gazetteer;
  }

  ParsedQuery parse(String text, boolean exact, IndexReader reader) {
    String q = text == null ? "" : text.strip();
    if (q.isEmpty() || q.equals("*") || q.equals("*:*")) {
      return new ParsedQuery(new MatchAllDocsQuery(), new MatchAllDocsQuery(), java.util.List.of());
    }
    checkBalanced(q);
    ArchiveQueryParser parser =
        new ArchiveQueryParser(analyzer, gazetteer, new IndexedWords(reader), exact);
    Query query;
    try {
      query = parser.parse(asEntityPhrase(q, exact).orElse(q));
    } catch (ParseException e) {
      throw new InvalidQueryException(sentence(e));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(
          "The query has too many terms or a wildcard that matches too many words.");
    }
    if (query == null) {
      throw new InvalidQueryException("The query has no words to search for.");
    }
    BooleanQuery.Builder highlight = new BooleanQuery.Builder().add(query, Occur.SHOULD);
    parser.highlightExtras().forEach(x -> highlight.add(x, Occur.SHOULD));
    return new ParsedQuery(query, highlight.build(), parser.widened());
  }

  /** A query that is, as typed, the name of a known entity is searched as that one name. */
  private Optional<String> asEntityPhrase(String q, boolean exact) {
    boolean plain = q.matches("[\\p{L}\\p{N}'’ .\\-]+") && q.contains(" ");
    if (exact || !plain) {
      return Optional.empty();
    }
    return gazetteer.resolve(q).map(e -> "\"" + q.replace("\"", "") + "\"");
  }

  private static void checkBalanced(String q) {
    int quotes = 0;
    int depth = 0;
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quotes++;
      } else if (quotes % 2 == 0 && c == '(') {
        depth++;
      } else if (quotes % 2 == 0 && c == ')') {
        if (--depth < 0) {
          throw new InvalidQueryException(
              "The query closes a parenthesis it never opened (column " + (i + 1) + ").");
        }
      }
    }
    if (quotes % 2 != 0) {
      throw new InvalidQueryException("The query has an unclosed quote: add the closing \".");
    }
    if (depth > 0) {
      throw new InvalidQueryException("The query has an unclosed parenthesis: add the closing ).");
    }
  }

  private static String sentence(ParseException e) {
    // The parser wraps the real error, Lucene's own or one of ours, in "Cannot parse '...'".
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    if (cause instanceof TokenMgrError) {
      return "The query has a character out of place; check its quotes and backslashes.";
    }
    if (cause instanceof ParseException pe && pe.currentToken != null) {
      var next = pe.currentToken.next;
      if (next == null || next.image == null || next.image.isEmpty()) {
        return "The query ends too early: something is missing after the last word or operator.";
      }
      return "The query could not be read at column "
          + next.beginColumn
          + ", near '"
          + next.image
          + "'.";
    }
    String m = cause.getMessage() == null ? "" : cause.getMessage();
    if (m.contains("not allowed as first character")) {
      return "A wildcard cannot start a word; put at least two letters before the * or ?.";
    }
    if (!m.startsWith("Cannot parse") && m.endsWith(".")) {
      return m; // one of ours, already a sentence
    }
    return "The query could not be read; check its quotes, parentheses and operators.";
  }
}
