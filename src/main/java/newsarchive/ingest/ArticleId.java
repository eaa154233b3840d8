package newsarchive.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An article's stable id: derived from its canonical URL when it has a web one, else from its
 * normalised title and text, so the same article read from another file, or republished under the
 * same URL, gets the same id. Ids are 16 lowercase hex digits. Stateless.
 */
public final class ArticleId {
  /** How many opening words of the body go into the text key. */
  private static final int KEY_WORDS = 80;

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Where the search for those words starts: 80 words rarely take more. */
  private static final int OPENING_CHARS = 1024;

  private ArticleId() {}

  public static String of(Article article) {
    return canonicalUrl(article.url())
        .map(u -> hash("url\n" + u))
        .orElseGet(
            () -> hash("text\n" + normalised(article.title()) + "\n" + normalised(article.body())));
  }

  /**
   * A key of the article's title and the opening words of its body, case and punctuation folded: a
   * story republished without its canonical URL, or with a credit line added at the foot, shares it
   * with the original.
   */
  public static String copyKey(Article article) {
    String body = article.body();
    // Only the opening words count, so only an opening of the body is normalised: the cut may
    // split a word, but then at least one more word follows the key's last.
    for (int cut = OPENING_CHARS; ; cut *= 2) {
      boolean whole = cut >= body.length();
      String[] words = normalised(whole ? body : body.substring(0, cut)).split(" ");
      if (whole || words.length > KEY_WORDS) {
        String opening =
            String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, KEY_WORDS)));
        return hash("text\n" + normalised(article.title()) + "\n" + opening);
      }
    }
  }

  /** Whether the article's id comes from its canonical web URL. */
  public static boolean fromUrl(Article article) {
    return canonicalUrl(article.url()).isPresent();
  }

  /** Whether {@code id} has the shape of an id this class makes. */
  public static boolean wellFormed(String id) {
    return id != null && id.matches("[0-9a-f]{16}");
  }

  /** An http(s) URL without fragment, tracking parameters or trailing slash; lower-case host. */
  static Optional<String> canonicalUrl(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        return Optional.empty();
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      if (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String query = uri.getRawQuery() == null ? "" : withoutTracking(uri.getRawQuery());
      return Optional.of(
          "//"
              + uri.getHost().toLowerCase(Locale.ROOT)
              + path
              + (query.isEmpty() ? "" : "?" + query));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static String withoutTracking(String query) {
    StringBuilder kept = new StringBuilder();
    for (String part : query.split("&")) {
      String key = part.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (key.startsWith("utm_") || key.equals("fbclid") || key.equals("gclid") || part.isEmpty()) {
        continue;
      }
      kept.append(kept.isEmpty() ? "" : "&").append(part);
    }
    return kept.toString();
  }

  /**
   * {@code text} for keys: NFKC, lower case, and each run of other than letters and digits a space.
   */
  static String normalised(String text) {
    String ascii = asciiNormalised(text);
    if (ascii != null) {
      return ascii;
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NOT_WORD.matcher(folded).replaceAll(" ").strip();
  }

  /**
   * What {@link #normalised} gives for ASCII text, without Unicode normalisation or a pattern (2%
   * of a dump's ingest went there); null for text that is not ASCII.
   */
  private static String asciiNormalised(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return null;
      }
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
        word = true;
      }
      if (!word) {
        gap = true;
      } else {
        if (gap && !out.isEmpty()) {
          out.append(' ');
        }
        out.append(c);
        gap = false;
      }
    }
    return out.toString();
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
