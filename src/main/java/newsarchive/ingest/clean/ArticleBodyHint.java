package newsarchive.ingest.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * The article text a page states about itself (JSON-LD {@code articleBody}), kept as a set of word
 * pairs so that a block of the page can be checked against it: a block whose pairs are mostly in
 * the stated text is article text. The stated text is only a hint: it may be cut short, or hold
 * captions. Immutable and thread-safe.
 */
final class ArticleBodyHint {
  private final Set<String> pairs;
  private final int words;

  private ArticleBodyHint(Set<String> pairs, int words) {
    this.pairs = pairs;
    this.words = words;
  }

  static ArticleBodyHint of(String articleBody) {
    // Pages put entities and even markup into JSON strings; read them as a browser would.
    String text =
        articleBody.indexOf('<') >= 0 || articleBody.indexOf('&') >= 0
            ? Jsoup.parseBodyFragment(articleBody).text()
            : articleBody;
    List<String> tokens = words(text);
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      pairs.add(tokens.get(i) + ' ' + tokens.get(i + 1));
    }
    for (String t : tokens) {
      pairs.add(t);
    }
    return new ArticleBodyHint(pairs, tokens.size());
  }

  int words() {
    return words;
  }

  /** The share of the text's word pairs (single words for a one-word text) found in the hint. */
  double overlap(String text) {
    List<String> tokens = words(text);
    if (tokens.isEmpty()) {
      return 0;
    }
    if (tokens.size() == 1) {
      return pairs.contains(tokens.get(0)) ? 1 : 0;
    }
    int found = 0;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (pairs.contains(tokens.get(i) + ' ' + tokens.get(i + 1))) {
        found++;
      }
    }
    return (double) found / (tokens.size() - 1);
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return out;
  }
}
