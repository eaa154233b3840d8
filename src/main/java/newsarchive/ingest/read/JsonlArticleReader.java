package newsarchive.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Reads a JSON Lines dump of articles (one object a line, UTF-8 as JSON requires), streaming. A
 * line that is not a JSON object, or longer than {@link #MAX_LINE_CHARS}, is rejected on its own;
 * the others still read. Thread-safe.
 */
final class JsonlArticleReader implements ArticleReader {
  /** The most characters one line may hold: 16 Mi, as for a page. */
  static final int MAX_LINE_CHARS = 16 << 20;

  private static final String LINE_TOO_LONG = "longer than the 16 MiB limit for one line";
  private final ObjectMapper json;
  private final DumpRows rows;

  JsonlArticleReader(ObjectMapper json, DumpRows rows) {
    this.json = json;
    this.rows = rows;
  }

  @Override
  public void read(Path file, Consumer<Extraction> sink) throws IOException {
    read(file, sink, bytes -> {});
  }

  @Override
  public void read(Path file, Consumer<Extraction> sink, LongConsumer bytesRead)
      throws IOException {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(InputBytes.open(file, bytesRead), StandardCharsets.UTF_8),
            1 << 16)) {
      StringBuilder line = new StringBuilder();
      int number = 0;
      for (int end; (end = nextLine(reader, line)) != EOF; ) {
        number++;
        String source = file + ":line " + number;
        if (end == TOO_LONG) {
          sink.accept(new Extraction.Rejected(source, LINE_TOO_LONG));
        } else if (!line.toString().isBlank()) {
          sink.accept(parse(source, line.toString()));
        }
      }
    }
  }

  private static final int EOF = -1;
  private static final int TOO_LONG = 0;
  private static final int LINE = 1;

  /**
   * Reads the next line into {@code line}, keeping memory bounded: a line over the limit is skipped
   * to its end and reported as {@link #TOO_LONG}, since one line of a dump should be one article.
   */
  private static int nextLine(BufferedReader in, StringBuilder line) throws IOException {
    line.setLength(0);
    boolean tooLong = false;
    int c = in.read();
    if (c == -1) {
      return EOF;
    }
    for (; c != -1 && c != '\n'; c = in.read()) {
      if (tooLong) {
        continue;
      }
      if (line.length() == MAX_LINE_CHARS) {
        tooLong = true;
        line.setLength(0);
        line.trimToSize();
      } else if (c != '\r') {
        line.append((char) c);
      }
    }
    return tooLong ? TOO_LONG : LINE;
  }

  private Extraction parse(String source, String line) {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      return new Extraction.Rejected(
          source,
          "not valid JSON (column "
              + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr())
              + ")");
    }
    if (node == null || !node.isObject()) {
      return new Extraction.Rejected(source, "not a JSON object");
    }
    Map<String, String> row = new HashMap<>();
    node.properties()
        .forEach(
            e -> {
              JsonNode v = e.getValue();
              if (v.isValueNode() && !v.isNull()) {
                row.put(e.getKey(), v.asText());
              } else if (v.isArray() && !v.isEmpty()) {
                // authors and paragraph lists come as arrays
                StringBuilder joined = new StringBuilder();
                v.forEach(x -> joined.append(joined.isEmpty() ? "" : "\n").append(x.asText()));
                row.put(e.getKey(), joined.toString());
              }
            });
    return rows.toExtraction(source, row);
  }
}
