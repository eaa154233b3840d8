package newsarchive.tools.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newsarchive.tools.generate.outlets.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleGeneratorTest {
  @TempDir Path dir;

  @Test
  void writesExactlyNPagesUnderOutletAndYearFolders() throws IOException {
    ArticleGenerator.GenerationSummary summary =
        ArticleGenerator.withBundledNames(5).write(250, dir, ArticleGenerator.Format.HTML);

    List<Path> pages;
    try (Stream<Path> walk = Files.walk(dir)) {
      pages = walk.filter(Files::isRegularFile).toList();
    }
    assertEquals(250, summary.articles());
    assertEquals(250, pages.size());
    assertTrue(summary.republishedWireCopies() > 0);
    for (Path page : pages) {
      Path relative = dir.relativize(page);
      assertEquals(3, relative.getNameCount(), relative.toString());
      assertTrue(
          relative.getFileName().toString().startsWith(relative.getName(1) + "-"),
          relative.toString());
    }
  }

  @Test
  void sameSeedGivesSameBytesAndAnotherSeedDoesNot() {
    ArticleGenerator.withBundledNames(5).write(60, dir.resolve("a"), ArticleGenerator.Format.HTML);
    ArticleGenerator.withBundledNames(5).write(60, dir.resolve("b"), ArticleGenerator.Format.HTML);
    ArticleGenerator.withBundledNames(6).write(60, dir.resolve("c"), ArticleGenerator.Format.HTML);

    assertEquals(TreeBytes.of(dir.resolve("a")), TreeBytes.of(dir.resolve("b")));
    assertFalse(TreeBytes.of(dir.resolve("a")).equals(TreeBytes.of(dir.resolve("c"))));
  }

  @Test
  void jsonlDumpHasOneArticleALineWithTheGivenNames() throws IOException {
    Path out = dir.resolve("dump.jsonl");
    ArticleGenerator generator =
        new ArticleGenerator(
            9,
            Vocabulary.english(),
            List.of("Alpha Brigade", "Beta Front"),
            List.of("Xanthe", "Yarrow"));

    generator.write(40, out, ArticleGenerator.Format.JSONL);

    List<String> lines = Files.readAllLines(out);
    assertEquals(40, lines.size());
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode article = json.readTree(line);
      String content = article.get("content").asText();
      assertTrue(content.contains("Alpha Brigade") || content.contains("Beta Front"), content);
      assertTrue(content.contains("Xanthe") || content.contains("Yarrow"));
      assertFalse(content.contains("Aleppo"));
      assertTrue(article.get("published").asText().matches("20(1[1-9]|2[0-5])-\\d\\d-\\d\\dT.*"));
    }
  }

  @Test
  void storyLengthsSpreadBetween250And1500Words() {
    List<Story> stories = FixtureStories.synthetic(21, 400);
    int[] words = stories.stream().mapToInt(Story::wordCount).sorted().toArray();

    assertTrue(words[0] >= 250, "shortest " + words[0]);
    assertTrue(words[words.length - 1] <= 1530, "longest " + words[words.length - 1]);
    int median = words[words.length / 2];
    assertTrue(median > 450 && median < 620, "median " + median);
    assertTrue(
        words[words.length * 95 / 100] > 850, "95th percentile " + words[words.length * 95 / 100]);
  }

  @Test
  void negativeCountIsRefused() {
    ArticleGenerator generator = ArticleGenerator.withBundledNames(1);
    assertThrows(
        IllegalArgumentException.class,
        () -> generator.write(-1, dir, ArticleGenerator.Format.HTML));
  }
}
