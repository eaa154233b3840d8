package newsarchive.ingest.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import newsarchive.ingest.clean.HtmlCleaner;
import newsarchive.ingest.dates.PublicationDateFinder;

/**
 * Reads any supported input file by its name: .html .htm .xhtml .txt .csv .jsonl .pdf .warc, each
 * also gzipped. Failures become rejections with a one-line reason, so one bad file never stops an
 * ingest. Thread-safe.
 */
public final class ArticleReaders {
  private static final String VANISHED = "the file disappeared before it could be read";
  private final ArticleReader html;
  private final ArticleReader text;
  private final ArticleReader csv;
  private final ArticleReader jsonl;
  private final ArticleReader pdf;
  private final ArticleReader warc;

  public ArticleReaders(
      TextDecoder decoder, HtmlCleaner cleaner, PublicationDateFinder dates, ObjectMapper json) {
    DumpRows rows = new DumpRows(dates);
    HtmlArticleReader pages = new HtmlArticleReader(decoder, cleaner, dates);
    this.html = pages;
    this.text = new TextArticleReader(decoder, dates);
    this.csv = new CsvArticleReader(decoder, rows);
    this.jsonl = new JsonlArticleReader(json, rows);
    this.pdf = new PdfArticleReader(dates);
    this.warc = new WarcArticleReader(pages);
  }

  /** Whether {@code file}'s name says it is an input this ingester reads. */
  public static boolean supports(Path file) {
    return kind(file).isPresent();
  }

  /** Reads {@code file}, handing every article and every rejection to {@code sink}. */
  public void read(Path file, Consumer<Extraction> sink) {
    read(file, sink, bytes -> {});
  }

  /**
   * As above, telling {@code bytesRead} how many of the file's bytes (as stored) have been read: as
   * they are read inside a dump or web archive, and the rest once the file is done, so that each
   * file counts its whole size once, whether it was read to its end or rejected on the way.
   */
  public void read(Path file, Consumer<Extraction> sink, LongConsumer bytesRead) {
    Optional<ArticleReader> reader = kind(file).map(this::reader);
    if (reader.isEmpty()) {
      sink.accept(new Extraction.Rejected(file.toString(), "not a supported file type"));
      return;
    }
    long[] told = {0, 0}; // bytes told so far; the file's size when it was checked
    try {
      told[1] = checkStillReadable(file);
      reader
          .get()
          .read(
              file,
              sink,
              n -> {
                // A reader past the size it was listed with (a file still growing) says no more.
                long now = Math.min(n, told[1] - told[0]);
                if (now > 0) {
                  told[0] += now;
                  bytesRead.accept(now);
                }
              });
    } catch (RejectedInputException e) {
      sink.accept(new Extraction.Rejected(file.toString(), e.getMessage()));
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      sink.accept(new Extraction.Rejected(file.toString(), "broken or truncated gzip data"));
    } catch (NoSuchFileException e) {
      sink.accept(new Extraction.Rejected(file.toString(), VANISHED));
    } catch (IOException e) {
      sink.accept(new Extraction.Rejected(file.toString(), "cannot be read: " + describe(e)));
    } catch (RuntimeException | StackOverflowError e) {
      // A page can defeat a parser (absurd nesting, say); reject it and go on with the rest.
      sink.accept(new Extraction.Rejected(file.toString(), "cannot be parsed: " + describe(e)));
    }
    if (told[1] > told[0]) {
      bytesRead.accept(told[1] - told[0]);
    }
  }

  /**
   * Files are listed before they are read, and a folder can change in between: a file may vanish or
   * be replaced by a folder. Empty files are rejected here, for every format alike. Returns the
   * file's size.
   */
  private static long checkStillReadable(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new RejectedInputException(VANISHED);
    }
    if (!Files.isRegularFile(file)) {
      throw new RejectedInputException("not a regular file any more (a folder or device)");
    }
    long size = Files.size(file);
    if (size == 0) {
      throw new RejectedInputException("the file is empty");
    }
    return size;
  }

  private ArticleReader reader(Kind kind) {
    return switch (kind) {
      case HTML -> html;
      case TEXT -> text;
      case CSV -> csv;
      case JSONL -> jsonl;
      case PDF -> pdf;
      case WARC -> warc;
    };
  }

  private enum Kind {
    HTML,
    TEXT,
    CSV,
    JSONL,
    PDF,
    WARC
  }

  private static Optional<Kind> kind(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    name = name.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Optional.of(Kind.HTML);
    }
    if (name.endsWith(".txt")) {
      return Optional.of(Kind.TEXT);
    }
    if (name.endsWith(".csv")) {
      return Optional.of(Kind.CSV);
    }
    if (name.endsWith(".jsonl")) {
      return Optional.of(Kind.JSONL);
    }
    if (name.endsWith(".pdf")) {
      return Optional.of(Kind.PDF);
    }
    if (name.endsWith(".warc")) {
      return Optional.of(Kind.WARC);
    }
    return Optional.empty();
  }

  /**
   * How the ingest summary names the type of a file it does not read: its extension in lower case
   * (".png", ".docx"; ".tar.gz" keeps both parts), or "no extension".
   */
  public static String typeOf(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    name = name.toLowerCase(Locale.ROOT);
    String tail = "";
    if (name.endsWith(".gz") && name.length() > 3) {
      tail = ".gz";
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || dot == name.length() - 1) {
      return tail.isEmpty() ? "no extension" : tail;
    }
    return name.substring(dot) + tail;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    String what = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    return what.lines().findFirst().orElse(what);
  }
}
