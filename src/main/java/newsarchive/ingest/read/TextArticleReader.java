package newsarchive.ingest.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import newsarchive.ingest.clean.Dateline;
import newsarchive.ingest.dates.PublicationDateFinder;

/**
 * Reads a plain-text article. The body is the file's text unchanged, so mention offsets index the
 * file itself; the title is the first line when it stands alone as a headline. Thread-safe.
 */
final class TextArticleReader implements ArticleReader {
  private static final int MAX_TITLE = 300;
  private final TextDecoder decoder;
  private final PublicationDateFinder dates;

  TextArticleReader(TextDecoder decoder, PublicationDateFinder dates) {
    this.decoder = decoder;
    this.dates = dates;
  }

  @Override
  public void read(Path file, Consumer<Extraction> sink) throws IOException {
    byte[] bytes = InputBytes.read(file);
    if (HtmlArticleReader.looksBinary(bytes)) {
      throw new RejectedInputException("not a text file (binary content)");
    }
    String text = decoder.decode(bytes, false).replace('\0', ' ');
    if (text.isBlank()) {
      throw new RejectedInputException("the file has no text");
    }
    String stripped = text.stripLeading();
    int lineEnd = stripped.indexOf('\n');
    String firstLine = (lineEnd < 0 ? stripped : stripped.substring(0, lineEnd)).strip();
    boolean headline =
        lineEnd > 0
            && firstLine.length() <= MAX_TITLE
            && stripped.substring(lineEnd + 1).startsWith("\n")
            && !firstLine.endsWith(".");
    String title = headline ? firstLine : "";
    String rest = headline ? stripped.substring(lineEnd).strip() : stripped;
    sink.accept(
        new Extraction.Found(
            new RawArticle(
                file.toString(),
                title,
                dates.findInText(rest).orElse(null),
                null,
                Dateline.find(rest).orElse(null),
                null,
                null,
                "en",
                text)));
  }
}
