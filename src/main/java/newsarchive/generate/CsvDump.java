package newsarchive.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes articles as one CSV export with the header title,text,date,url,site: RFC 4180 quoting,
 * multi-line text in quoted cells, dates as yyyy-MM-dd. Stateless.
 */
final class CsvDump {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader("title", "text", "date", "url", "site").get();

  private CsvDump() {}

  static void write(Path file, List<DumpRow> rows) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
        for (DumpRow row : rows) {
          csv.printRecord(
              row.title(),
              row.text(),
              row.publishedAt().toLocalDate().toString(),
              row.url(),
              row.site());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
