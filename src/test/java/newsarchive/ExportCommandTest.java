package newsarchive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsarchive.json.JsonMapper;
import newsarchive.search.FixtureArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private static final ObjectMapper JSON = JsonMapper.create();

  private int run(String... args) {
    return Main.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void exportPrintsEveryHitInTheSearchOrderAfterItsStamp() throws IOException {
    FixtureArchive archive = new FixtureArchive(dir.resolve("index")).index();
    String index = archive.dir.toString();
    assertEquals(
        0, run("export", "--index", index, "--format", "jsonl", "--faction", "Islamic State"));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    JsonNode stamp = JSON.readTree(lines.get(0)).get("export");
    assertEquals(4, stamp.get("hits").asInt());
    assertEquals(8, stamp.get("articles").asInt());
    assertEquals("newest", stamp.get("sort").asText());
    List<String> ids = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      ids.add(JSON.readTree(line).get("id").asText());
    }
    assertEquals(archive.ids("mosul", "raqqa", "badia", "undated"), ids);
  }

  @Test
  void outWritesTheFileWithBodies() throws IOException {
    FixtureArchive archive = new FixtureArchive(dir.resolve("index")).index();
    Path file = dir.resolve("raqqa.csv");
    assertEquals(
        0,
        run(
            "export",
            "--index",
            archive.dir.toString(),
            "--body",
            "--out",
            file.toString(),
            "Raqqa"));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF# News archive export"), text);
    assertTrue(text.contains("# query: Raqqa\r\n"), text);
    assertTrue(
        text.contains(
            "\r\nid,published,site,url,title,byline,factions,places,countries,snippet,body\r\n"));
    assertTrue(text.contains("Residents reported heavy smoke over the city."), text);
  }

  @Test
  void anUnknownFormatIsOneLineAndNoFile() throws IOException {
    FixtureArchive archive = new FixtureArchive(dir.resolve("index")).index();
    Path file = dir.resolve("x.csv");
    assertEquals(
        2,
        run(
            "export",
            "--index",
            archive.dir.toString(),
            "--format",
            "xls",
            "--out",
            file.toString()));
    assertEquals(
        "archive export: Unknown format 'xls'; use csv or jsonl.\n",
        err.toString(StandardCharsets.UTF_8));
    assertFalse(Files.exists(file));
  }
}
