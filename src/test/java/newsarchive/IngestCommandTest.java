package newsarchive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsarchive.cli.Config;
import newsarchive.index.BadInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `archive ingest` over the whole bad-input catalogue at once: its summary and exit status. */
class IngestCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void theWholeCatalogueIngestsWithExitZeroAndEveryRejectionInTheSummary() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    BadInputs.writeGoodPage(corpus);
    List<String> expected = new ArrayList<>();
    int articles = 1;
    for (BadInputs.Case c : BadInputs.rejected().toList()) {
      Path folder = Files.createDirectories(corpus.resolve(BadInputs.folderName(c)));
      c.write().to(folder);
      c.expected().forEach(line -> expected.add("rejected " + folder.resolve(line)));
      articles += c.alsoRead();
    }
    int status = run("ingest", "--index", dir.resolve("index").toString(), corpus.toString());
    String report = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    // Dumps in several cases share a row, so some articles come in twice: added + duplicates.
    var counts =
        java.util.regex.Pattern.compile(
                "added (\\d+), updated 0, unchanged 0, duplicates (\\d+), rejected (\\d+)\n")
            .matcher(report);
    assertTrue(counts.lookingAt(), report);
    assertEquals(
        articles, Integer.parseInt(counts.group(1)) + Integer.parseInt(counts.group(2)), report);
    assertEquals(expected.size(), Integer.parseInt(counts.group(3)), report);
    List<String> rejectedLines =
        report.lines().filter(l -> l.startsWith("rejected ")).sorted().toList();
    assertEquals(expected.stream().sorted().toList(), rejectedLines);
  }

  /**
   * Away from a terminal (here a byte stream) progress is plain lines, with no carriage return or
   * escape sequence, the last of them the whole run; the summary on standard output is as before.
   */
  @Test
  void progressOffATerminalIsPlainLinesAndTheSummaryStaysOneLine() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    BadInputs.writePage(corpus.resolve("a.html"), "Fighting near Raqqa", "Raqqa");
    BadInputs.writePage(corpus.resolve("b.html"), "Shelling in Aleppo", "Aleppo");
    BadInputs.writePage(corpus.resolve("c.html"), "Convoy reaches Mosul", "Mosul");
    int status = run("ingest", "--index", dir.resolve("index").toString(), corpus.toString());
    String progress = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, progress);
    assertEquals(
        "added 3, updated 0, unchanged 0, duplicates 0, rejected 0\n",
        out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    assertTrue(!progress.contains("\r") && !progress.contains("\u001b"), progress);
    List<String> lines = progress.lines().toList();
    assertTrue(!lines.isEmpty(), progress);
    java.util.regex.Pattern line =
        java.util.regex.Pattern.compile(
            "ingest: \\d+/3 files, \\d+\\.\\d of \\d+\\.\\d MB, \\d+ articles,"
                + " \\d+ articles/s(, \\d+ s left)?");
    for (String l : lines) {
      assertTrue(line.matcher(l).matches(), l);
    }
    assertTrue(lines.get(lines.size() - 1).startsWith("ingest: 3/3 files, "), progress);
    assertTrue(lines.get(lines.size() - 1).contains(", 3 articles, "), progress);
  }

  @Test
  void anIndexThatCannotBeCreatedIsExitOne() throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("index"), "a file where the index should be");
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    BadInputs.writeGoodPage(corpus);
    assertEquals(1, run("ingest", "--index", notAFolder.toString(), corpus.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("archive ingest: "));
  }

  @Test
  void noPathToIngestIsAUsageErrorWithExitTwo() {
    assertEquals(2, run("ingest", "--index", dir.resolve("index").toString()));
    assertTrue(
        err.toString(StandardCharsets.UTF_8)
            .startsWith("archive ingest: give at least one file or folder to ingest"));
  }

  @Test
  void aCommitIntervalThatIsNotAWholeNonNegativeNumberIsAUsageError() {
    String index = dir.resolve("index").toString();
    assertEquals(2, run("ingest", "--commit-ms", "soon", "--index", index, "corpus"));
    assertEquals(2, run("ingest", "--commit-ms", "-1", "--index", index, "corpus"));
    assertTrue(
        err.toString(StandardCharsets.UTF_8)
            .contains("archive ingest: --commit-ms must not be negative"));
  }

  @Test
  void serveBindsToLocalhostUnlessAskedOtherwise() {
    assertEquals("127.0.0.1", Config.defaults().host());
  }
}
