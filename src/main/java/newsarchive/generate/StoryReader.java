package newsarchive.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads stories from JSON Lines, one story object a line (id, title, published, dateline, byline,
 * wire, paragraphs). Blank lines are skipped; a line that is not a valid story fails the read with
 * its line number, because a story silently dropped is a hole in the corpus. Thread-safe.
 */
public final class StoryReader {
  private final ObjectMapper json = new ObjectMapper();

  /** Every story in the file, in file order. */
  public List<Story> read(Path file) {
    List<Story> stories = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          stories.add(parse(line, file + ":" + number));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stories from " + file, e);
    }
    return stories;
  }

  private Story parse(String line, String where) {
    try {
      JsonNode node = json.readTree(line);
      List<String> paragraphs = new ArrayList<>();
      node.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
      return new Story(
          node.path("id").asText(null),
          node.path("title").asText(null),
          LocalDate.parse(node.path("published").asText()),
          textOrNull(node.get("dateline")),
          textOrNull(node.get("byline")),
          node.path("wire").asBoolean(false),
          paragraphs);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a story at " + where + ": " + e.getMessage(), e);
    }
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
