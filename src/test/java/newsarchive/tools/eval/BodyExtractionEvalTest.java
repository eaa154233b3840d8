package newsarchive.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import newsarchive.ingest.clean.HtmlCleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyExtractionEvalTest {
  @TempDir Path dir;

  private void page(String id, String html) throws IOException {
    Files.createDirectories(dir.resolve("html"));
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + id + ".html.gz")))) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void scoresEachPageAndSumsTheNormalisedCounts() throws IOException {
    Files.writeString(
        dir.resolve("ground-truth.json"),
        "{\"aa\": {\"articleBody\": \"one two three four five\", \"url\": \"https://x/a\"},"
            + " \"bb\": {\"articleBody\": \"alpha beta gamma delta\", \"url\": \"https://x/b\"}}");
    page("aa", "<html><body><article><p>one two three four five.</p></article></body></html>");
    page("bb", "<html><body><article><p>alpha beta gamma omega.</p></article></body></html>");

    BodyExtractionEval.Score score = new BodyExtractionEval(new HtmlCleaner()).run(dir);

    // aa: TP 1; bb: one shingle each side, FP 0.5 and FN 0.5 after normalising.
    assertEquals(2, score.pages());
    assertEquals(1 / 1.5, score.precision(), 1e-9);
    assertEquals(1 / 1.5, score.recall(), 1e-9);
    assertEquals(1 / 1.5, score.f1(), 1e-9);
    assertEquals(
        List.of(
            new BodyExtractionEval.PageScore("bb", 0, 0, 0),
            new BodyExtractionEval.PageScore("aa", 1, 1, 1)),
        score.perPage());
  }
}
