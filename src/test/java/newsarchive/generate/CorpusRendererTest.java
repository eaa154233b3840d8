package newsarchive.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusRendererTest {
  private static final List<Story> STORIES = FixtureStories.synthetic(11, 120);

  @TempDir Path dir;

  @Test
  void sameStoriesAndSeedGiveTheSameBytes() {
    CorpusSummary first = new CorpusRenderer(3).render(STORIES, dir.resolve("a"));
    CorpusSummary second = new CorpusRenderer(3).render(STORIES.reversed(), dir.resolve("b"));

    assertEquals(first, second);
    assertEquals(TreeBytes.of(dir.resolve("a")), TreeBytes.of(dir.resolve("b")));
  }

  @Test
  void everyStoryLandsOnceOrTwiceWhenWired() throws IOException {
    CorpusSummary summary = new CorpusRenderer(3).render(STORIES, dir);
    long wired = STORIES.stream().filter(Story::wire).count();

    assertEquals(120, summary.stories());
    assertEquals(10, summary.exported());
    assertEquals(120 - 10 + wired, summary.pages());
    assertEquals(summary.pages(), pageFiles().size());
    assertEquals(6, summary.pagesPerOutlet().size());
    assertTrue(
        summary.gzipped() > 0 && summary.windows1256() > 0 && summary.latin1() > 0,
        summary.toString());
  }

  @Test
  void legacyCharsetPagesDecodeInTheirCharsetAndWindows1256PagesCarryArabic() throws IOException {
    new CorpusRenderer(3).render(STORIES, dir);
    int arabicPages = 0;
    for (Path file : pageFiles()) {
      Document doc = parse(file);
      Charset declared = doc.charset();
      String raw = new String(bytes(file), declared);
      assertTrue(
          raw.toLowerCase(Locale.ROOT)
                  .contains("charset=" + declared.name().toLowerCase(Locale.ROOT))
              || raw.toLowerCase(Locale.ROOT)
                  .contains("charset=\"" + declared.name().toLowerCase(Locale.ROOT) + "\""),
          file.toString());
      assertFalse(raw.contains("\uFFFD"), file.toString());
      if (declared.name().equals("ISO-8859-1")) {
        assertTrue(doc.text().contains("\u00a9 Northern Front Review"), file.toString());
      }
      if (declared.name().equals("windows-1256")) {
        assertTrue(doc.text().matches("(?s).*[\\u0621-\\u064A]{3,}.*"), file.toString());
        arabicPages++;
      }
    }
    assertTrue(arabicPages > 0);
  }

  @Test
  void everyPageKeepsTitleAndTextAfterParsing() throws IOException {
    new CorpusRenderer(3).render(STORIES, dir);
    Map<String, Story> bySlug = new java.util.HashMap<>();
    STORIES.forEach(s -> bySlug.put(s.published() + "-" + s.slug(), s));
    for (Path file : pageFiles()) {
      Story story = bySlug.get(file.getFileName().toString().replaceAll("\\.html(\\.gz)?$", ""));
      Document doc = parse(file);
      assertTrue(doc.title().contains(story.title()), file.toString());
      for (String paragraph : story.paragraphs().subList(1, story.paragraphs().size())) {
        assertTrue(doc.body().text().contains(paragraph), file + " lost a paragraph");
      }
    }
  }

  @Test
  void exportsHoldTheirColumnsAndKeys() throws IOException {
    new CorpusRenderer(3).render(STORIES, dir);
    Path csv = dir.resolve("exports").resolve("monitoring-export.csv");
    try (CSVParser parser =
        CSVParser.parse(
            csv, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().get())) {
      assertEquals(List.of("title", "text", "date", "url", "site"), parser.getHeaderNames());
      List<CSVRecord> rows = parser.getRecords();
      assertEquals(5, rows.size());
      assertTrue(rows.getFirst().get("date").matches("\\d{4}-\\d{2}-\\d{2}"));
      assertTrue(rows.getFirst().get("text").contains("\n\n"));
    }
    List<String> lines = Files.readAllLines(dir.resolve("exports").resolve("feed-archive.jsonl"));
    assertEquals(5, lines.size());
    JsonNode first = new ObjectMapper().readTree(lines.getFirst());
    assertEquals(
        List.of("title", "content", "published", "url", "source"), iterable(first.fieldNames()));
  }

  @Test
  void renderingAgainRemovesPagesOfStoriesNoLongerThere() throws IOException {
    new CorpusRenderer(3).render(STORIES, dir);
    Files.writeString(dir.resolve("README.md"), "kept");
    CorpusSummary summary = new CorpusRenderer(3).render(STORIES.subList(0, 40), dir);

    assertEquals(summary.pages(), pageFiles().size());
    assertEquals("kept", Files.readString(dir.resolve("README.md")));
  }

  private List<Path> pageFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz"))
          .sorted()
          .toList();
    }
  }

  private static byte[] bytes(Path file) throws IOException {
    if (!file.toString().endsWith(".gz")) {
      return Files.readAllBytes(file);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  private static Document parse(Path file) throws IOException {
    return Jsoup.parse(
        new java.io.ByteArrayInputStream(bytes(file)), null, "https://example.invalid/");
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> list = new java.util.ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }
}
