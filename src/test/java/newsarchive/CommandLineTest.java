package newsarchive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsarchive.cli.Commands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a person meets it: help, version, one-line errors, the README's list. */
class CommandLineTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static CommandLine tree() {
    return Commands.create(Pipeline.ARCHIVE, System.out, System.err);
  }

  @Test
  void everyCommandHasHelpAndVersion() {
    for (String name : tree().getSubcommands().keySet()) {
      out.reset();
      assertEquals(0, run(name, "--help"), name);
      assertTrue(out().startsWith("Usage: archive " + name), out());
      out.reset();
      assertEquals(0, run(name, "--version"), name);
      assertTrue(out().startsWith("archive "), out());
    }
    out.reset();
    assertEquals(0, run("--help"));
    assertTrue(out().contains("ingest"), out());
  }

  @Test
  void anUnknownOptionIsOneLineAndExitTwo() {
    assertEquals(2, run("search", "--colour", "red", "raqqa"));
    assertEquals(1, err().lines().count(), err());
    assertTrue(err().startsWith("archive search: Unknown option: '--colour'"), err());
  }

  @Test
  void anUnknownCommandIsExitTwo() {
    assertEquals(2, run("frobnicate"));
    assertEquals(1, err().lines().count(), err());
  }

  @Test
  void aSearchWithoutAnIndexIsOneLineAndExitOne() {
    assertEquals(1, run("search", "--index", dir.resolve("none").toString(), "raqqa"));
    assertEquals(
        "archive search: no index at " + dir.resolve("none") + "; run ./archive ingest first\n",
        err().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void serveWithAnIndexThatDoesNotExistAsksForCreate() {
    Path missing = dir.resolve("mistyped");
    assertEquals(1, run("serve", "--index", missing.toString(), "--port", "0"));
    assertEquals(
        "archive serve: no index at "
            + missing
            + "; give --create to make one and ingest corpus into it\n",
        err().replace(System.lineSeparator(), "\n"));
    assertTrue(Files.notExists(missing));
  }

  @Test
  void serveRefusesACorsOriginThatIsNotOne() {
    Path missing = dir.resolve("never-made");
    assertEquals(
        2,
        run(
            "serve",
            "--cors-origin",
            "https://ok.example",
            "--cors-origin",
            "example.org/feeds",
            "--index",
            missing.toString()));
    assertEquals(
        "archive serve: --cors-origin takes an origin such as https://example.org (scheme, host"
            + " and port only), not 'example.org/feeds' (see archive serve --help)\n",
        err().replace(System.lineSeparator(), "\n"));
    assertTrue(Files.notExists(missing));
  }

  @Test
  void serveOnAPortInUseSaysSoAndSuggestsTheNext() throws IOException {
    Path index = dir.resolve("index");
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    newsarchive.index.BadInputs.writeGoodPage(corpus);
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      int status =
          run(
              "serve",
              "--index",
              index.toString(),
              "--create",
              "--corpus",
              corpus.toString(),
              "--port",
              String.valueOf(port));
      assertEquals(1, status, err());
      String last = err().lines().reduce((a, b) -> b).orElse("");
      assertEquals("archive serve: port " + port + " is in use; try --port " + (port + 1), last);
    }
  }

  /**
   * The README's "Every command" section lists each command with its options: every command and
   * option the code declares is there, and every option the README gives a command is declared.
   */
  @Test
  void readmeListsEveryCommandWithItsOptions() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("## Every command");
    int end = readme.indexOf("\n## ", start + 1);
    Map<String, String> blocks = new LinkedHashMap<>();
    Matcher m =
        Pattern.compile("(?m)^    \\./archive ([a-z][a-z-]*)")
            .matcher(readme.substring(start, end));
    List<int[]> spans = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      names.add(m.group(1));
    }
    String section = readme.substring(start, end);
    for (int i = 0; i < names.size(); i++) {
      int to = i + 1 < names.size() ? spans.get(i + 1)[0] : section.length();
      blocks.put(names.get(i), section.substring(spans.get(i)[0], to));
    }
    for (Map.Entry<String, CommandLine> c : tree().getSubcommands().entrySet()) {
      String block = blocks.get(c.getKey());
      assertTrue(block != null, "README lists no ./archive " + c.getKey());
      String usage = block.lines().takeWhile(l -> !l.isBlank()).findFirst().orElse("");
      String synopsis = synopsis(block);
      TreeSet<String> declared = new TreeSet<>();
      for (CommandLine.Model.OptionSpec o : c.getValue().getCommandSpec().options()) {
        if (!o.usageHelp() && !o.versionHelp() && !o.longestName().equals("--verbose")) {
          declared.add(o.longestName());
        }
      }
      TreeSet<String> documented = new TreeSet<>();
      Matcher opt = Pattern.compile("\\[(--[a-z-]+)").matcher(synopsis);
      while (opt.find()) {
        documented.add(opt.group(1));
      }
      Matcher required = Pattern.compile("(?<![\\[a-z-])(--[a-z-]+) [A-Z]").matcher(synopsis);
      while (required.find()) {
        documented.add(required.group(1));
      }
      documented.remove("--verbose"); // every command's, said once above the list
      assertEquals(declared, documented, "README's options of " + c.getKey() + ": " + usage);
    }
  }

  /** The synopsis lines of a README block: the command line and its indented continuation. */
  private static String synopsis(String block) {
    StringBuilder s = new StringBuilder();
    List<String> lines = block.lines().toList();
    s.append(lines.get(0));
    for (int i = 1; i < lines.size() && lines.get(i).startsWith("                     "); i++) {
      s.append(' ').append(lines.get(i).strip());
    }
    return s.toString();
  }
}
