package newsarchive.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryReaderTest {
  @TempDir Path dir;

  @Test
  void readsStoriesAndSkipsBlankLines() throws IOException {
    Path file = dir.resolve("stories.jsonl");
    Files.writeString(
        file,
        """
        {"id": "2014-06-10-mosul-falls", "title": "Militants seize Mosul", "published": "2014-06-10", "dateline": "BAGHDAD", "byline": null, "wire": true, "paragraphs": ["One.", " Two. "]}

        {"id": "2017-07-10-mosul-retaken", "title": "Mosul retaken", "published": "2017-07-10", "dateline": "MOSUL", "byline": "Hala Sami", "wire": false, "paragraphs": ["Three."]}
        """,
        StandardCharsets.UTF_8);

    List<Story> stories = new StoryReader().read(file);

    assertEquals(2, stories.size());
    Story first = stories.getFirst();
    assertEquals("mosul-falls", first.slug());
    assertEquals(LocalDate.of(2014, 6, 10), first.published());
    assertNull(first.byline());
    assertTrue(first.wire());
    assertEquals(List.of("One.", "Two."), first.paragraphs());
    assertEquals("Hala Sami", stories.get(1).byline());
  }

  @Test
  void badLineFailsWithItsNumber() throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(
        file,
        "{\"id\": \"a\", \"title\": \"T\", \"published\": \"2014-06-10\", \"paragraphs\": [\"x\"]}\n"
            + "{\"id\": \"b\", \"title\": \"\", \"published\": \"2014-06-10\", \"paragraphs\": [\"x\"]}\n",
        StandardCharsets.UTF_8);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new StoryReader().read(file));
    assertTrue(e.getMessage().contains("bad.jsonl:2"), e.getMessage());
  }
}
