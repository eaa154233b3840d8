package newsarchive.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a JSON Lines dump of articles (one object a line, UTF-8 as JSON requires), streaming. A
 * line that is not a JSON object is rejected on its own; the others still read. Thread-safe.
 */
final class JsonlArticleReader implements ArticleReader {
  private final ObjectMapper json;
  private final DumpRows rows;

  JsonlArticleReader(ObjectMapper json, DumpRows rows) {
    this.json = json;
    this.rows = rows;
  }

  @Override
  public void read(Path file, Consumer<Extraction> sink) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (InputBytes.gzipped(file)) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String source = file + ":line " + number;
        sink.accept(parse(source, line));
      }
    }
  }

  private Extraction parse(String source, String line) {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      return new Extraction.Rejected(source, "not valid JSON: " + e.getOriginalMessage());
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
