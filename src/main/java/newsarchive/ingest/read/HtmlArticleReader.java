package newsarchive.ingest.read;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import newsarchive.ingest.clean.CleanPage;
import newsarchive.ingest.clean.Dateline;
import newsarchive.ingest.clean.HtmlCleaner;
import newsarchive.ingest.dates.PublicationDateFinder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads a saved article page (.html, .htm, .xhtml, or any of them gzipped). Thread-safe. */
final class HtmlArticleReader implements ArticleReader {
  private final TextDecoder decoder;
  private final HtmlCleaner cleaner;
  private final PublicationDateFinder dates;

  HtmlArticleReader(TextDecoder decoder, HtmlCleaner cleaner, PublicationDateFinder dates) {
    this.decoder = decoder;
    this.cleaner = cleaner;
    this.dates = dates;
  }

  @Override
  public void read(Path file, Consumer<Extraction> sink) throws IOException {
    byte[] bytes = InputBytes.read(file);
    if (bytes.length == 0) {
      throw new RejectedInputException("the file is empty");
    }
    sink.accept(new Extraction.Found(article(bytes, file.toUri().toString(), file.toString())));
  }

  /**
   * The article in one page's bytes; {@code baseUri} resolves its relative links, {@code source}
   * names it. Also reads the pages of a web archive.
   *
   * @throws RejectedInputException when the bytes hold no article
   */
  RawArticle article(byte[] bytes, String baseUri, String source) {
    if (looksBinary(bytes)) {
      throw new RejectedInputException("not a text file (binary content)");
    }
    String html = decoder.decode(bytes, true).replace('\0', ' ');
    Document doc = Jsoup.parse(html, baseUri);
    CleanPage page = cleaner.clean(doc);
    if (page.body().isBlank()) {
      throw new RejectedInputException("no article text found in the page");
    }
    LocalDate published = dates.find(doc, page.url()).orElse(null);
    return new RawArticle(
        source,
        page.title(),
        published,
        page.byline(),
        Dateline.find(page.body()).orElse(null),
        page.site(),
        page.url(),
        page.language(),
        page.body());
  }

  /** Control bytes other than white space in the first kilobyte mean an image or archive. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 1024);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        control++;
      }
    }
    // UTF-16 text is full of zero bytes; a byte-order mark vouches for it.
    boolean utf16 =
        bytes.length >= 2
            && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE));
    return !utf16 && control * 10 > n;
  }
}
