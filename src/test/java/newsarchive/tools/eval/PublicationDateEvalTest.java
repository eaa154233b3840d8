package newsarchive.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import newsarchive.ingest.dates.PublicationDateFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationDateEvalTest {
  @TempDir Path dir;

  private void page(String name, String html, Charset charset) throws IOException {
    Files.createDirectories(dir.resolve("html"));
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("html").resolve(name + ".gz")))) {
      out.write(html.getBytes(charset));
    }
  }

  @Test
  void scoresEveryPageAndListsTheMisses() throws IOException {
    Files.writeString(
        dir.resolve("ground-truth.json"),
        """
        {"a.html": {"url": "https://example.org/a", "date": "2017-05-29"},
         "b.html": {"url": "https://example.org/b", "date": "2021-03-12"},
         "c.html": {"url": "https://example.org/c", "date": "2020-01-01"}}
        """,
        StandardCharsets.UTF_8);
    page(
        "a.html",
        "<html><head><meta property=\"article:published_time\" content=\"2017-05-29\"></head>"
            + "<body><h1>Talks</h1></body></html>",
        StandardCharsets.UTF_8);
    // Declared as windows-1252 and written so: "März" read as UTF-8 would be no month at all.
    page(
        "b.html",
        "<html><head><meta charset=\"windows-1252\"></head><body><h1>Konvoi</h1>"
            + "<p class=\"meta\">Veröffentlicht am 12. März 2021</p></body></html>",
        Charset.forName("windows-1252"));
    page(
        "c.html",
        "<html><body><h1>About us</h1><p>No date here.</p></body></html>",
        StandardCharsets.UTF_8);

    PublicationDateEval.Score score =
        new PublicationDateEval(new PublicationDateFinder(LocalDate.of(2024, 1, 1))).run(dir);

    assertEquals(3, score.pages());
    assertEquals(2, score.correct());
    assertEquals(2.0 / 3.0, score.accuracy(), 1e-9);
    assertEquals(
        List.of(
            new PublicationDateEval.Miss(
                "c.html", "https://example.org/c", LocalDate.of(2020, 1, 1), null)),
        score.misses());
  }

  @Test
  void missingPageCountsAsWrong() throws IOException {
    Files.writeString(
        dir.resolve("ground-truth.json"),
        "{\"gone.html\": {\"url\": \"https://example.org/gone\", \"date\": \"2019-01-02\"}}",
        StandardCharsets.UTF_8);

    PublicationDateEval.Score score =
        new PublicationDateEval(new PublicationDateFinder(LocalDate.of(2024, 1, 1))).run(dir);

    assertEquals(1, score.pages());
    assertEquals(0, score.correct());
    assertEquals(0.0, score.accuracy());
  }
}
