package newsarchive.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV dump of articles with a header row, streaming row by row, so a dump of any size reads
 * in little memory. The charset is decided from the first megabyte. Thread-safe.
 */
final class CsvArticleReader implements ArticleReader {
  private static final int SAMPLE = 1 << 20;
  private final TextDecoder decoder;
  private final DumpRows rows;

  CsvArticleReader(TextDecoder decoder, DumpRows rows) {
    this.decoder = decoder;
    this.rows = rows;
  }

  @Override
  public void read(Path file, Consumer<Extraction> sink) throws IOException {
    Charset charset = decoder.charsetOf(sample(file), false);
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader reader = new InputStreamReader(open(file), charset);
        CSVParser parser = CSVParser.parse(reader, format)) {
      if (parser.getHeaderNames().isEmpty()) {
        throw new RejectedInputException("the CSV file has no header row");
      }
      try {
        for (CSVRecord record : parser) {
          String source = file + ":row " + (record.getRecordNumber() + 1);
          Map<String, String> row = new HashMap<>(record.toMap());
          row.values().removeIf(v -> v == null);
          sink.accept(rows.toExtraction(source, row));
        }
      } catch (UncheckedIOException e) {
        // commons-csv reports a broken quote this way; rows before it are already handed on.
        sink.accept(
            new Extraction.Rejected(
                file + ":row " + (parser.getRecordNumber() + 2),
                "malformed CSV from here on: " + e.getCause().getMessage()));
      }
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return InputBytes.gzipped(file) ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private static byte[] sample(Path file) throws IOException {
    try (InputStream in = open(file)) {
      return in.readNBytes(SAMPLE);
    }
  }
}
