package newsarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.queryparser.classic.QueryParser;

/**
 * Reads what a user typed into Lucene's classic syntax, never refusing it. The operators are AND,
 * OR and NOT in capitals, {@code -word}, {@code "a phrase"}, {@code word*}, parentheses and {@code
 * title:}, {@code faction:} or {@code location:} (in any case); everything else is text. Text that
 * looks like syntax but cannot be read as it (9/11, a URL, {@code [UPDATED]}, an unmatched quote)
 * is searched as words, and a note says so; sentence punctuation (a trailing ? or !, a colon after
 * a word) and lower-case stop words outside phrases are dropped without a note, except a lower-case
 * "or" or "not", which the note explains. Stateless.
 */
final class QueryReader {
  private static final Set<String> FIELDS = Set.of("title", "faction", "location");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
  private static final int MAX_NOTES = 3;
  private static final String LEADING_PUNCTUATION = "'’¿¡";
  private static final String TRAILING_PUNCTUATION = ".,;:!?'’";

  /** A word of the query as typed: where it is, so a suggestion can replace it. */
  record Word(String text, int start, int end) {}

  /**
   * The query in Lucene's syntax (empty when nothing was left to search), what was not read as
   * typed (empty when all was), and the plain words searched anywhere, outside phrases and fields
   * and not excluded.
   */
  record Read(String syntax, List<String> notes, List<Word> words) {
    Read {
      notes = List.copyOf(notes);
      words = List.copyOf(words);
    }

    /** One sentence for the API's {@code interpreted}, or null when read as written. */
    String interpreted() {
      if (notes.isEmpty()) {
        return null;
      }
      List<String> distinct = notes.stream().distinct().toList();
      return distinct.size() <= MAX_NOTES
          ? String.join("; ", distinct)
          : String.join("; ", distinct.subList(0, MAX_NOTES)) + "; and more";
    }
  }

  private QueryReader() {}

  static Read read(String typed) {
    return new Reading(typed).run();
  }

  /** Every run of letters and digits in {@code typed} as a required word, with a note. */
  static Read wordsOnly(String typed) {
    List<String> parts = Reading.parts(typed);
    if (parts.isEmpty()) {
      return new Read("", List.of("found no words to search for"), List.of());
    }
    List<String> escaped = parts.stream().map(QueryParser::escape).toList();
    return new Read(
        String.join(" ", escaped),
        List.of("searched " + String.join(" ", parts) + " as words"),
        List.of());
  }

  /** One reading of one query; not thread-safe. */
  private static final class Reading {
    private final String text;
    private final List<String> notes = new ArrayList<>();
    private final List<Word> words = new ArrayList<>();
    private int pos;

    Reading(String text) {
      this.text = text;
    }

    Read run() {
      List<Item> items = new ArrayList<>();
      boolean balanced = balancedParentheses();
      if (!balanced) {
        notes.add("ignored the unmatched parenthesis");
      }
      while (pos < text.length()) {
        Item item = next(balanced);
        if (item != null) {
          items.add(item);
        }
      }
      dropStopWords(items);
      Level top = new Level();
      for (Item item : items) {
        top = top.take(item, notes);
      }
      while (top.parent != null) {
        top = top.close(notes); // cannot happen when balanced; kept for safety
      }
      return new Read(top.render(notes), notes, words);
    }

    /** The next item, or null for text that holds nothing to search. */
    private Item next(boolean parentheses) {
      char c = text.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
        return null;
      }
      if (c == '(' || c == ')') {
        pos++;
        return parentheses ? new Item(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c)) : null;
      }
      boolean negated = false;
      if ((c == '-' || c == '+' || c == '!') && pos + 1 < text.length()) {
        char after = text.charAt(pos + 1);
        if (!Character.isWhitespace(after)) {
          negated = c == '-';
          pos++;
          if (after == '(' && parentheses) {
            pos++;
            return new Item(Kind.OPEN, negated ? "-(" : "(");
          }
        }
      }
      String prefix = negated ? "-" : "";
      if (text.charAt(pos) == '"') {
        return phrase(prefix, "");
      }
      int start = pos;
      while (pos < text.length() && !ends(text.charAt(pos))) {
        pos++;
      }
      String chunk = text.substring(start, pos);
      if (OPERATORS.contains(chunk) && !negated) {
        return new Item(Kind.valueOf(chunk), chunk);
      }
      int colon = chunk.indexOf(':');
      if (colon > 0) {
        String field = chunk.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = chunk.substring(colon + 1);
        if (FIELDS.contains(field)) {
          if (value.isEmpty() && pos < text.length() && text.charAt(pos) == '"') {
            return phrase(prefix, field + ":");
          }
          String word = word(value, start + colon + 1, false);
          return word == null ? null : new Item(Kind.OPERAND, prefix + field + ":" + word);
        }
      }
      String word = word(chunk, start, !negated);
      return word == null ? null : new Item(Kind.OPERAND, prefix + word);
    }

    private boolean ends(char c) {
      return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"';
    }

    private Item phrase(String prefix, String field) {
      int close = text.indexOf('"', pos + 1);
      if (close < 0) {
        notes.add("ignored the unclosed quote");
        pos++;
        return null; // the words after it are read one by one
      }
      String inside = text.substring(pos + 1, close);
      pos = close + 1;
      if (parts(inside).isEmpty()) {
        return null;
      }
      return new Item(
          Kind.OPERAND, prefix + field + "\"" + QueryParser.escape(inside.strip()) + "\"");
    }

    /**
     * One chunk of text as Lucene syntax: a plain word as it is, {@code word*} as a prefix, and
     * anything else as the words in it; null when it holds none. {@code plain}: a word to remember
     * for suggestions.
     */
    private String word(String chunk, int start, boolean plain) {
      int from = 0;
      int to = chunk.length();
      while (from < to && LEADING_PUNCTUATION.indexOf(chunk.charAt(from)) >= 0) {
        from++;
      }
      while (to > from && TRAILING_PUNCTUATION.indexOf(chunk.charAt(to - 1)) >= 0) {
        to--;
      }
      String core = chunk.substring(from, to);
      if (core.isEmpty()) {
        if (chunk.chars().anyMatch(ch -> TRAILING_PUNCTUATION.indexOf(ch) < 0)) {
          notes.add("ignored " + chunk);
        }
        return null;
      }
      if (isWord(core)) {
        if (plain) {
          words.add(new Word(core, start + from, start + to));
        }
        return QueryParser.escape(core);
      }
      if (core.endsWith("*") && isWord(core.substring(0, core.length() - 1))) {
        String stem = core.substring(0, core.length() - 1);
        if (stem.codePointCount(0, stem.length()) >= 2) {
          return QueryParser.escape(stem) + "*";
        }
      }
      List<String> parts = parts(core);
      if (parts.isEmpty()) {
        notes.add("ignored " + core);
        return null;
      }
      String shown = String.join(" ", parts);
      notes.add("searched " + shown + (parts.size() == 1 ? " as a word" : " as words"));
      if (parts.size() == 1) {
        if (plain) {
          int at = chunk.indexOf(parts.get(0));
          words.add(new Word(parts.get(0), start + at, start + at + parts.get(0).length()));
        }
        return QueryParser.escape(parts.get(0));
      }
      return "\"" + QueryParser.escape(shown) + "\"";
    }

    /** Letters and digits, with apostrophes, hyphens and full stops inside (al-Assad, U.S). */
    private static boolean isWord(String s) {
      if (s.isEmpty() || !Character.isLetterOrDigit(s.codePointAt(0))) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!Character.isLetterOrDigit(c)
            && c != '\''
            && c != '’'
            && c != '-'
            && c != '.'
            && !Character.isSurrogate(c)
            && Character.getType(c) != Character.NON_SPACING_MARK) {
          return false;
        }
      }
      return true;
    }

    /** The runs of letters and digits in {@code s}. */
    private static List<String> parts(String s) {
      List<String> out = new ArrayList<>();
      for (String p : s.split("[^\\p{L}\\p{N}\\p{M}'’]+")) {
        String t = p.replaceAll("^['’]+|['’]+$", "");
        if (!t.isEmpty()) {
          out.add(t);
        }
      }
      return out;
    }

    private boolean balancedParentheses() {
      int depth = 0;
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && c == '(') {
          depth++;
        } else if (!quoted && c == ')' && --depth < 0) {
          return false;
        }
      }
      return depth == 0;
    }

    /**
     * Lower-case stop words outside phrases match nearly every article; they are dropped when other
     * words remain. "or" and "not" are noted, as the user may have meant the operator.
     */
    private void dropStopWords(List<Item> items) {
      long content =
          items.stream().filter(i -> i.kind == Kind.OPERAND && !stopWord(i.syntax)).count();
      if (content == 0) {
        return;
      }
      for (int i = items.size() - 1; i >= 0; i--) {
        Item item = items.get(i);
        if (item.kind == Kind.OPERAND && stopWord(item.syntax)) {
          items.remove(i);
          if (item.syntax.equals("or") || item.syntax.equals("not")) {
            notes.add(
                0,
                "ignored \""
                    + item.syntax
                    + "\"; write "
                    + item.syntax.toUpperCase(Locale.ROOT)
                    + " in capitals for the operator");
          }
          String syntax = item.syntax;
          words.removeIf(w -> w.text().equals(syntax));
        }
      }
    }

    /** A stop word not written in capitals (IS is the Islamic State, The starts a title). */
    private static boolean stopWord(String syntax) {
      boolean capitals = syntax.length() > 1 && syntax.equals(syntax.toUpperCase(Locale.ROOT));
      return !capitals
          && EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(syntax.toLowerCase(Locale.ROOT));
    }
  }

  private enum Kind {
    OPERAND,
    AND,
    OR,
    NOT,
    OPEN,
    CLOSE
  }

  private record Item(Kind kind, String syntax) {}

  /**
   * One parenthesised level: operands joined by OR become one group in parentheses, groups are
   * AND-ed; an operator with nothing on one side is dropped with a note.
   */
  private static final class Level {
    private final Level parent;
    private final String open;
    private final List<List<String>> groups = new ArrayList<>();
    private Kind pending;
    private boolean not;

    Level() {
      this(null, "");
    }

    private Level(Level parent, String open) {
      this.parent = parent;
      this.open = open;
    }

    Level take(Item item, List<String> notes) {
      switch (item.kind) {
        case OPEN -> {
          return new Level(this, item.syntax);
        }
        case CLOSE -> {
          return parent == null ? this : close(notes);
        }
        case AND, OR -> {
          if (groups.isEmpty() || pending != null || not) {
            notes.add("ignored " + item.syntax + " with nothing before it");
          } else {
            pending = item.kind;
          }
        }
        case NOT -> not = true;
        case OPERAND -> add(item.syntax);
      }
      return this;
    }

    private void add(String operand) {
      String o = not && !operand.startsWith("-") ? "-" + operand : operand;
      if (pending == Kind.OR) {
        groups.get(groups.size() - 1).add(o);
      } else {
        groups.add(new ArrayList<>(List.of(o)));
      }
      pending = null;
      not = false;
    }

    Level close(List<String> notes) {
      boolean grouped = groups.size() == 1 && groups.get(0).size() > 1;
      String inner = render(notes);
      if (!inner.isEmpty()) {
        String negation = open.startsWith("-") ? "-" : "";
        parent.add(negation + (grouped ? inner : "(" + inner + ")"));
      }
      return parent;
    }

    String render(List<String> notes) {
      if (pending != null || not) {
        notes.add("ignored " + (not ? "NOT" : pending.name()) + " at the end");
        pending = null;
        not = false;
      }
      List<String> out = new ArrayList<>();
      for (List<String> group : groups) {
        out.add(group.size() == 1 ? group.get(0) : "(" + String.join(" OR ", group) + ")");
      }
      return String.join(" ", out);
    }
  }
}
