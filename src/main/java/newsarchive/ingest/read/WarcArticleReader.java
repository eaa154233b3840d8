package newsarchive.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a web archive (.warc or .warc.gz, through jwarc): every response record that holds a page
 * (HTTP 200, text/html or XHTML) is an article, read as a saved page is, with the record's target
 * URI as its URL unless the page names its own canonical one, and the WARC-Date as its capture time
 * (and as its publication date when the page gives none). Requests, metadata, redirects,
 * stylesheets, images and the like are passed over. A page that holds no article is rejected as
 * {@code PATH:record N}; the others go on. Thread-safe.
 */
final class WarcArticleReader implements ArticleReader {
  private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml");
  private final HtmlArticleReader pages;

  WarcArticleReader(HtmlArticleReader pages) {
    this.pages = pages;
  }

  @Override
  public void read(Path file, Consumer<Extraction> sink) throws IOException {
    read(file, sink, bytes -> {});
  }

  @Override
  public void read(Path file, Consumer<Extraction> sink, LongConsumer bytesRead)
      throws IOException {
    int number = 0;
    boolean anyRecord = false;
    // From a stream rather than the path, so that the bytes read can be counted; jwarc finds a
    // gzipped archive by its first bytes either way.
    try (WarcReader reader =
        new WarcReader(new CountedInput(Files.newInputStream(file), bytesRead))) {
      for (Optional<WarcRecord> next = next(reader, number);
          next.isPresent();
          next = next(reader, number)) {
        number++;
        anyRecord = true;
        if (next.get() instanceof WarcResponse response) {
          String source = file + ":record " + number;
          try {
            page(response, source).ifPresent(a -> sink.accept(new Extraction.Found(a)));
          } catch (RejectedInputException e) {
            sink.accept(new Extraction.Rejected(source, e.getMessage()));
          } catch (IllegalArgumentException e) {
            // jwarc reads a record's headers when asked: a target URI given twice or a content
            // type it cannot read fails here, for this record only.
            sink.accept(new Extraction.Rejected(source, "a malformed WARC record: " + oneLine(e)));
          }
        }
      }
    }
    if (!anyRecord) {
      throw new RejectedInputException("a web archive without records");
    }
  }

  /**
   * The record after the {@code done}th, with jwarc's parse errors said in one line. A header that
   * must be there once and is there twice (two WARC-Type lines) is such an error too, though jwarc
   * reports it as an IllegalArgumentException (found by fuzzing).
   */
  private static Optional<WarcRecord> next(WarcReader reader, int done) throws IOException {
    try {
      return reader.next();
    } catch (ParsingException | IllegalArgumentException e) {
      throw new RejectedInputException(
          done == 0
              ? "not a web archive (no WARC record at its start)"
              : "a broken WARC record after record " + done + "; the rest of the file is skipped");
    }
  }

  private static String oneLine(RuntimeException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }

  /** The article in {@code response}, or empty when it is no page (a redirect, an image...). */
  private Optional<RawArticle> page(WarcResponse response, String source) throws IOException {
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException e) {
      return Optional.empty(); // not an HTTP response (DNS, Gemini): nothing to read
    }
    String type = http.contentType().base().toString().toLowerCase(Locale.ROOT);
    if (http.status() != 200 || !PAGE_TYPES.contains(type)) {
      return Optional.empty();
    }
    String target = response.target(); // null when the record names none
    RawArticle page = pages.article(payload(http), target == null ? "" : target, source);
    Instant captured = captured(response).orElse(null);
    return Optional.of(
        new RawArticle(
            source,
            page.title(),
            page.published() != null || captured == null
                ? page.published()
                : captured.atZone(ZoneOffset.UTC).toLocalDate(),
            page.byline(),
            page.dateline(),
            page.site(),
            page.url() != null ? page.url() : target,
            page.language(),
            page.body(),
            captured,
            page.pages()));
  }

  /**
   * The record's WARC-Date, or empty when it has none or none that reads as a time: the page is
   * still read, only without its capture time. (jwarc's own {@code date()} throws an unchecked
   * exception for both, found by fuzzing.)
   */
  private static Optional<Instant> captured(WarcRecord record) {
    Optional<String> date = record.headers().sole("WARC-Date");
    try {
      return date.map(d -> Instant.parse(d.strip()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The response's body without its transfer and content encodings, within the page limit. */
  private static byte[] payload(HttpResponse http) throws IOException {
    try (InputStream in = http.bodyDecoded().stream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      for (int n; (n = in.read(buffer)) != -1; ) {
        total += n;
        if (total > InputBytes.MAX_BYTES) {
          throw new RejectedInputException(InputBytes.TOO_LARGE);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }
}
