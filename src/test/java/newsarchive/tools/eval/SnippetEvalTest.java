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

class SnippetEvalTest {
  @TempDir Path dir;

  private void page(String file, String html) throws IOException {
    Files.createDirectories(dir.resolve("html"));
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + file + ".gz")))) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void countsPassagesFoundAndARejectedPageFindsNothing() throws IOException {
    Files.writeString(
        dir.resolve("evaldata.json"),
        """
        {"https://x/a": {"file": "a.html", "with": ["talks  resumed in", "Geneva on Monday"],
                         "without": ["Read more", "resumed in Geneva"]},
         "https://x/b": {"file": "b.html", "with": ["anything"], "without": ["Home"]}}
        """);
    page(
        "a.html",
        "<html><body><nav><a href=/>Read more</a></nav><article><p>Peace talks resumed in"
            + " Geneva on Monday after a pause of three weeks, officials said.</p>"
            + "</article></body></html>");
    page("b.html", "<html><body><nav><a href=/>Home</a></nav></body></html>");

    SnippetEval.Score score = new SnippetEval(new HtmlCleaner()).run(dir);

    // a: both wanted passages found (whitespace collapsed), "resumed in Geneva" found too.
    // b: rejected, so its wanted passage is missed and its unwanted one absent.
    assertEquals(
        List.of(
            new SnippetEval.PageResult("a.html", false, 2, 0, 1, 1),
            new SnippetEval.PageResult("b.html", true, 0, 1, 0, 1)),
        score.perPage());
    assertEquals(new SnippetEval.Counts(2, 1, 2, 1, 1, 2), score.all());
    assertEquals(2.0 / 3.0, score.all().precision(), 1e-9);
    assertEquals(2.0 / 3.0, score.all().recall(), 1e-9);
    assertEquals(4.0 / 6.0, score.all().accuracy(), 1e-9);
  }
}
