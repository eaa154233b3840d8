package newsarchive.search.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsarchive.search.Hit;
import newsarchive.search.HitDetails;
import newsarchive.search.HitSink;
import newsarchive.search.SearchRequest;
import newsarchive.search.Searcher;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes every hit of a search to a stream, as CSV or JSON Lines, a row at a time as the searcher
 * finds them, so an export of any size needs little memory. Each file says what it holds: CSV opens
 * with {@code #} comment lines and JSON Lines with a {@code {"export": ...}} line (an {@link
 * ExportStamp}). Thread-safe.
 */
public final class Export {
  /** Written first in CSV so that spreadsheets read the file as UTF-8 (Excel needs it). */
  static final char BOM = '\uFEFF';

  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setCommentMarker('#').get();
  private static final int MAX_NAME = 60;

  private final Searcher searcher;
  private final ObjectMapper json;
  private final Clock clock;

  public Export(Searcher searcher, ObjectMapper json, Clock clock) {
    this.searcher = searcher;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Writes every hit of {@code request} (its page and size are ignored) to {@code out}, which is
   * flushed, not closed. An unreadable query is an {@link InvalidQueryException} thrown before a
   * byte is written.
   */
  public void write(SearchRequest request, ExportFormat format, boolean body, OutputStream out)
      throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    HitSink sink = format == ExportFormat.CSV ? csv(request, body, writer) : jsonl(request, writer);
    searcher.stream(request, body, sink);
    writer.flush();
  }

  private HitSink csv(SearchRequest request, boolean body, Writer writer) throws IOException {
    CSVPrinter printer = new CSVPrinter(writer, CSV);
    return new HitSink() {
      @Override
      public void start(long total, int articles) throws IOException {
        writer.write(BOM);
        ExportStamp stamp = ExportStamp.of(request, clock.instant(), articles, total);
        printer.printComment("News archive export: every hit of this search, in its order.");
        printer.printComment("query: " + oneLine(stamp.query()));
        for (Map.Entry<String, List<String>> f : stamp.filters().entrySet()) {
          printer.printComment(f.getKey() + ": " + oneLine(String.join(" | ", f.getValue())));
        }
        printer.printComment("sort: " + stamp.sort() + (stamp.exact() ? " (exact words)" : ""));
        printer.printComment("exported: " + stamp.exported());
        printer.printComment("articles in the archive: " + stamp.articles());
        printer.printComment("hits: " + stamp.hits());
        List<String> header = body ? ExportRow.HEADER : ExportRow.HEADER.subList(0, 10);
        printer.printRecord(header);
      }

      @Override
      public void hit(Hit hit, HitDetails details) throws IOException {
        List<String> cells = ExportRow.of(hit, details).cells();
        List<String> safe = new ArrayList<>(cells.size());
        for (String c : body ? cells : cells.subList(0, 10)) {
          safe.add(neutralised(c));
        }
        printer.printRecord(safe);
      }
    };
  }

  private HitSink jsonl(SearchRequest request, Writer writer) {
    return new HitSink() {
      @Override
      public void start(long total, int articles) throws IOException {
        ExportStamp stamp = ExportStamp.of(request, clock.instant(), articles, total);
        writer.write(json.writeValueAsString(Map.of("export", stamp)));
        writer.write('\n');
      }

      @Override
      public void hit(Hit hit, HitDetails details) throws IOException {
        writer.write(json.writeValueAsString(ExportRow.of(hit, details)));
        writer.write('\n');
      }
    };
  }

  /**
   * A cell a spreadsheet would read as a formula (or as one after a tab or line break) gets a
   * leading apostrophe, which spreadsheets show as text: an article's title must never run.
   */
  static String neutralised(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    return switch (cell.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
      default -> cell;
    };
  }

  /** A comment holds one line, so no query can forge the lines after it. */
  private static String oneLine(String s) {
    return s.replaceAll("\\p{Cntrl}", " ");
  }

  /**
   * The file name of an export of {@code request}: the query's words (any script) joined by
   * hyphens, or "all-articles" for an empty query, then the date, e.g. {@code
   * news-archive-raqqa-offensive-2024-05-01.csv}.
   */
  public String fileName(SearchRequest request, ExportFormat format) {
    String words =
        Normalizer.normalize(request.query(), Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", "-")
            .replaceAll("^-+|-+$", "");
    if (words.length() > MAX_NAME) {
      int end = Character.isHighSurrogate(words.charAt(MAX_NAME - 1)) ? MAX_NAME - 1 : MAX_NAME;
      words = words.substring(0, end).replaceAll("-+$", "");
    }
    String date = clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    return "news-archive-"
        + (words.isEmpty() ? "all-articles" : words)
        + "-"
        + date
        + "."
        + format.extension();
  }
}
