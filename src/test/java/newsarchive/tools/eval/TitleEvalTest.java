package newsarchive.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsarchive.ingest.clean.HtmlCleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TitleEvalTest {
  @TempDir Path dir;

  private void page(String name, String html, String expectedTitle) throws IOException {
    Path d = Files.createDirectories(dir.resolve(name));
    Files.writeString(d.resolve("source.html"), html);
    Files.writeString(
        d.resolve("expected-metadata.json"), "{\"title\": \"" + expectedTitle + "\"}");
  }

  @Test
  void countsPagesWithATitleAndComparesAfterCollapsingWhitespace() throws IOException {
    page("a", "<title>Convoy  reaches\nRukban</title>", "Convoy reaches Rukban");
    page("b", "<meta property=og:title content='Talks stall'><title>x</title>", "Talks resume");
    page("c", "<title>Anything</title>", "");

    TitleEval.Score score = new TitleEval(new HtmlCleaner()).run(dir);

    assertEquals(2, score.pagesWithTitle());
    assertEquals(1, score.correct());
    assertEquals(0.5, score.accuracy());
    assertEquals(List.of(new TitleEval.Miss("b", "Talks resume", "Talks stall")), score.misses());
  }
}
