package newsarchive.ingest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import newsarchive.ingest.clean.Dateline;
import newsarchive.ingest.dates.PublicationDateFinder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF's text layer page by page (Apache PDFBox). The body keeps each page break as a
 * paragraph break and {@link RawArticle#pages()} says where each page starts, so a passage can name
 * its page. The title is the document's own when it has one, else the first page's opening line;
 * the date is one the first page opens a paragraph with, else the document's creation date. A PDF
 * with no text at all (a scan) is rejected: it needs OCR first. Thread-safe: each read has its own
 * document and stripper.
 */
final class PdfArticleReader implements ArticleReader {
  /** The largest PDF read: reports with pictures run larger than web pages, but not without end. */
  static final long MAX_PDF_BYTES = 128L << 20;

  private static final int MAX_TITLE = 300;
  private static final int DATE_PARAGRAPHS = 6;
  private final PublicationDateFinder dates;

  PdfArticleReader(PublicationDateFinder dates) {
    this.dates = dates;
  }

  @Override
  public void read(Path file, Consumer<Extraction> sink) throws IOException {
    try (PDDocument doc = load(file)) {
      sink.accept(new Extraction.Found(article(doc, file.toString())));
    }
  }

  private static PDDocument load(Path file) throws IOException {
    try {
      if (InputBytes.gzipped(file)) {
        return Loader.loadPDF(InputBytes.read(file));
      }
      if (Files.size(file) > MAX_PDF_BYTES) {
        throw new RejectedInputException("larger than the 128 MiB limit for one PDF");
      }
      return Loader.loadPDF(file.toFile());
    } catch (InvalidPasswordException e) {
      throw new RejectedInputException("an encrypted PDF that needs a password");
    } catch (RejectedInputException e) {
      throw e;
    } catch (IOException e) {
      throw new RejectedInputException("not a readable PDF: " + firstLine(e.getMessage()));
    }
  }

  private RawArticle article(PDDocument doc, String source) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setLineSeparator("\n");
    stripper.setParagraphEnd("\n"); // with the line's own end: a blank line after each paragraph
    stripper.setSortByPosition(true);
    StringBuilder body = new StringBuilder();
    List<Integer> pages = new ArrayList<>();
    List<String> firstPage = List.of();
    for (int page = 1; page <= doc.getNumberOfPages(); page++) {
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      List<String> paragraphs = paragraphs(stripper.getText(doc));
      if (page == 1) {
        firstPage = paragraphs;
      }
      if (!paragraphs.isEmpty() && !body.isEmpty()) {
        body.append("\n\n");
      }
      pages.add(body.length());
      body.append(String.join("\n\n", paragraphs));
    }
    if (body.isEmpty()) {
      throw new RejectedInputException(
          "a PDF without a text layer (a scan or images only); it needs OCR first");
    }
    PDDocumentInformation info = doc.getDocumentInformation();
    String text = body.toString();
    return new RawArticle(
        source,
        title(info, firstPage),
        published(info, firstPage).orElse(null),
        blankToNull(info.getAuthor()),
        Dateline.find(text).orElse(null),
        null,
        null,
        "en",
        text,
        null,
        pages);
  }

  private static String title(PDDocumentInformation info, List<String> firstPage) {
    String own = blankToNull(info.getTitle());
    if (own != null) {
      return own.strip();
    }
    if (!firstPage.isEmpty() && firstPage.get(0).length() <= MAX_TITLE) {
      return firstPage.get(0);
    }
    return "";
  }

  private Optional<LocalDate> published(PDDocumentInformation info, List<String> firstPage) {
    for (String paragraph : firstPage.subList(0, Math.min(DATE_PARAGRAPHS, firstPage.size()))) {
      Optional<LocalDate> found = dates.findInText(paragraph);
      if (found.isPresent()) {
        return found;
      }
    }
    Calendar created = info.getCreationDate();
    if (created == null) {
      return Optional.empty();
    }
    // The day as the document's own clock saw it, not as UTC saw it.
    return Optional.of(created.toInstant().atZone(created.getTimeZone().toZoneId()).toLocalDate());
  }

  /**
   * A page's text as paragraphs: the stripper ends a paragraph with a blank line; the lines within
   * one are joined with a space (after a hyphen, with nothing: "Deir ez-" and "Zor").
   */
  static List<String> paragraphs(String pageText) {
    List<String> out = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String raw : pageText.split("\n", -1)) {
      String line = raw.strip().replaceAll("\\s+", " ");
      if (line.isEmpty()) {
        flush(paragraph, out);
        continue;
      }
      if (!paragraph.isEmpty() && paragraph.charAt(paragraph.length() - 1) != '-') {
        paragraph.append(' ');
      }
      paragraph.append(line);
    }
    flush(paragraph, out);
    return out;
  }

  private static void flush(StringBuilder paragraph, List<String> out) {
    if (!paragraph.isEmpty()) {
      out.add(paragraph.toString());
      paragraph.setLength(0);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String firstLine(String message) {
    String m = message == null ? "no reason given" : message;
    return m.lines().findFirst().orElse(m);
  }
}
