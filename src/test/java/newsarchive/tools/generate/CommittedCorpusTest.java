package newsarchive.tools.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the rendered corpus checked into the repository, page by page. */
class CommittedCorpusTest {
  private static final Path CORPUS = Path.of("corpus");
  private static List<Path> pages;

  @BeforeAll
  static void listPages() throws IOException {
    try (Stream<Path> walk = Files.walk(CORPUS)) {
      pages =
          walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz"))
              .sorted()
              .toList();
    }
  }

  @Test
  void holdsAtLeast120StoriesOverEveryYearAndSixOutlets() throws IOException {
    Set<String> stories = new TreeSet<>();
    Set<String> outlets = new TreeSet<>();
    for (Path page : pages) {
      stories.add(storyName(page));
      outlets.add(page.getParent().getFileName().toString());
    }
    try (CSVParser csv =
        CSVParser.parse(
            CORPUS.resolve("exports/monitoring-export.csv"),
            StandardCharsets.UTF_8,
            CSVFormat.RFC4180.builder().setHeader().get())) {
      csv.forEach(row -> stories.add(row.get("date") + " " + row.get("url")));
    }
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(CORPUS.resolve("exports/feed-archive.jsonl"))) {
      JsonNode row = json.readTree(line);
      stories.add(row.get("published").asText().substring(0, 10) + " " + row.get("url").asText());
    }

    assertTrue(stories.size() >= 120, "stories: " + stories.size());
    assertEquals(6, outlets.size(), outlets.toString());
    for (int year = 2011; year <= 2025; year++) {
      String prefix = Integer.toString(year);
      assertTrue(stories.stream().anyMatch(s -> s.startsWith(prefix)), "no page from " + year);
    }
  }

  @Test
  void someAreGzippedSomeInLegacyCharsets() throws IOException {
    Map<String, Integer> charsets = new HashMap<>();
    int gzipped = 0;
    for (Path page : pages) {
      gzipped += page.toString().endsWith(".gz") ? 1 : 0;
      charsets.merge(parse(page).charset().name(), 1, Integer::sum);
    }
    assertTrue(gzipped >= 3, "gzipped " + gzipped);
    assertTrue(charsets.getOrDefault("windows-1256", 0) >= 3, charsets.toString());
    assertTrue(charsets.getOrDefault("ISO-8859-1", 0) >= 3, charsets.toString());
  }

  @Test
  void everyPageKeepsItsTitleDateAndText() throws IOException {
    for (Path page : pages) {
      Document doc = parse(page);
      String headline = doc.selectFirst("h1, h2").text();
      String html = doc.outerHtml() + " " + doc.location();
      LocalDate date = LocalDate.parse(storyName(page).substring(0, 10));

      assertFalse(headline.isBlank(), page.toString());
      assertTrue(doc.title().contains(headline), page.toString());
      assertTrue(mentionsDate(html, date), page + " lost its date");
      assertTrue(doc.body().text().split("\\s+").length >= 400, page + " lost its text");
      assertFalse(doc.text().contains("\uFFFD"), page + " has undecodable bytes");
    }
  }

  @Test
  void everyWireStoryIsRepublishedByExactlyOneOtherOutlet() {
    Map<String, Integer> outletsPerStory = new HashMap<>();
    pages.forEach(p -> outletsPerStory.merge(storyName(p), 1, Integer::sum));
    List<Path> wire =
        pages.stream().filter(p -> p.startsWith(CORPUS.resolve("crossroads-wire"))).toList();

    assertTrue(wire.size() >= 10, "wire stories " + wire.size());
    for (Path page : wire) {
      assertEquals(2, outletsPerStory.get(storyName(page)), page.toString());
    }
  }

  /** The date as one of the forms the layouts print, or in the page's address. */
  private static boolean mentionsDate(String html, LocalDate date) {
    return Stream.of("yyyy-MM-dd", "yyyy/MM/dd", "dd/MM/yyyy", "MMMM d, yyyy", "d MMM yyyy")
        .map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH).format(date))
        .anyMatch(html::contains);
  }

  private static String storyName(Path page) {
    return page.getFileName().toString().replaceAll("\\.html(\\.gz)?$", "");
  }

  private static Document parse(Path page) throws IOException {
    byte[] bytes;
    try (InputStream in =
        page.toString().endsWith(".gz")
            ? new GZIPInputStream(Files.newInputStream(page))
            : Files.newInputStream(page)) {
      bytes = in.readAllBytes();
    }
    return Jsoup.parse(new ByteArrayInputStream(bytes), null, "https://corpus.invalid/");
  }
}
