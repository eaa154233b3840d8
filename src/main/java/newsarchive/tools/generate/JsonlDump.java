package newsarchive.tools.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsarchive.tools.generate.outlets.PrintedDates;

/**
 * Writes articles as JSON Lines, one object a line with the keys title, content, published (an ISO
 * date-time with offset), url and source. Streams: each row is written as it comes. Not
 * thread-safe; close it to flush.
 */
final class JsonlDump implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final BufferedWriter out;

  JsonlDump(Path file) {
    this.file = file;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  void write(DumpRow row) {
    ObjectNode line = JSON.createObjectNode();
    line.put("title", row.title());
    line.put("content", row.text());
    line.put("published", PrintedDates.iso(row.publishedAt()));
    line.put("url", row.url());
    line.put("source", row.site());
    try {
      out.write(JSON.writeValueAsString(line));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
