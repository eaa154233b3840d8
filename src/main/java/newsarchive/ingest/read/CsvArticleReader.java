package newsarchive.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV dump of articles with a header row, streaming row by row, so a dump of any size reads
 * in little memory; one row may hold at most {@link #MAX_ROW_CHARS} characters. The charset is
 * decided from the first megabyte. Thread-safe.
 */
final class CsvArticleReader implements ArticleReader {
  /** The most characters one row may hold: 16 Mi, as for a page. */
  static final int MAX_ROW_CHARS = 16 << 20;

  private static final int SAMPLE = 1 << 20;
  private final TextDecoder decoder;
  private final DumpRows rows;

  CsvArticleReader(TextDecoder decoder, DumpRows rows) {
    this.decoder = decoder;
    this.rows = rows;
  }

  @Override
  public void read(Path file, Consumer<Extraction> sink) throws IOException {
    read(file, sink, bytes -> {});
  }

  @Override
  public void read(Path file, Consumer<Extraction> sink, LongConsumer bytesRead)
      throws IOException {
    Charset charset = decoder.charsetOf(sample(file), false);
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
            .get();
    try (BoundedReader reader =
            new BoundedReader(
                new InputStreamReader(InputBytes.open(file, bytesRead), charset),
                MAX_ROW_CHARS,
                "one row");
        CSVParser parser = CSVParser.parse(reader, format)) {
      if (parser.getHeaderNames().isEmpty()) {
        throw new RejectedInputException("the CSV file has no header row");
      }
      if (!ArticleFields.BODY.namedIn(parser.getHeaderNames())) {
        throw new RejectedInputException(
            "the CSV file has no article text column (body, text or content)");
      }
      boolean any = false;
      try {
        reader.startRecord();
        for (CSVRecord record : parser) {
          any = true;
          String source = file + ":row " + (record.getRecordNumber() + 1);
          Map<String, String> row = new HashMap<>(record.toMap());
          row.values().removeIf(v -> v == null);
          sink.accept(rows.toExtraction(source, row));
          reader.startRecord();
        }
      } catch (UncheckedIOException e) {
        // commons-csv reports a broken quote this way; rows before it are already handed on.
        sink.accept(
            new Extraction.Rejected(
                file + ":row " + (parser.getRecordNumber() + 2), brokenFromHere(e.getCause())));
        return;
      }
      if (!any) {
        throw new RejectedInputException("the CSV file has no rows under its header");
      }
    }
  }

  private static String brokenFromHere(IOException cause) {
    if (cause instanceof BoundedReader.RecordTooLongException) {
      return cause.getMessage() + "; the rest of the file is skipped";
    }
    if (cause instanceof java.util.zip.ZipException || cause instanceof java.io.EOFException) {
      return "broken or truncated gzip data from here on";
    }
    return "malformed CSV from here on (a quoted field is not closed properly)";
  }

  private static byte[] sample(Path file) throws IOException {
    try (InputStream in = InputBytes.open(file)) {
      return in.readNBytes(SAMPLE);
    }
  }
}
