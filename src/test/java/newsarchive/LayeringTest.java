package newsarchive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * DESIGN's arrow as a check: {@code web → search → index → ingest}, never back. Reads every main
 * source file and fails on a Lucene import in ingest, the gazetteer or web; the in-memory search
 * machinery used outside search; a developer tool used outside the command dispatch; the web
 * package used outside the dispatch; and any import against the arrow.
 */
class LayeringTest {
  private static final Path MAIN = Path.of("src/main/java");
  // An import, or a fully qualified name in code, of one of our packages or Lucene's.
  private static final Pattern REFERENCE =
      Pattern.compile("\\b(org\\.apache\\.lucene|newsarchive(?:\\.[a-z]+)+)\\.");

  /** One rule: a package (and its sub-packages) that must not reference another. */
  private record Rule(String from, String to, String why, List<String> except) {
    boolean breaks(String pkg, String referenced) {
      return within(pkg, from)
          && within(referenced, to)
          && !within(pkg, to)
          && except.stream().noneMatch(e -> within(pkg, e));
    }
  }

  private static final List<Rule> RULES =
      List.of(
          new Rule("newsarchive.ingest", "org.apache.lucene", "ingest knows no Lucene", List.of()),
          new Rule("newsarchive.web", "org.apache.lucene", "web knows no Lucene", List.of()),
          new Rule(
              "newsarchive.gazetteer",
              "org.apache.lucene",
              "the gazetteer knows no Lucene",
              List.of()),
          new Rule(
              "newsarchive",
              "newsarchive.search.memory",
              "the search internals stay inside search",
              List.of("newsarchive.search")),
          new Rule(
              "newsarchive",
              "newsarchive.tools",
              "developer tools are reached only from the command dispatch",
              List.of("newsarchive.cli")),
          new Rule(
              "newsarchive",
              "newsarchive.web",
              "nothing but the command dispatch imports web",
              List.of("newsarchive.cli")),
          new Rule(
              "newsarchive.saved", "org.apache.lucene", "saved searches know no Lucene", List.of()),
          new Rule(
              "newsarchive.search",
              "newsarchive.saved",
              "search comes before saved searches",
              List.of()),
          new Rule(
              "newsarchive.index",
              "newsarchive.saved",
              "index comes before saved searches",
              List.of()),
          new Rule(
              "newsarchive.ingest", "newsarchive.index", "ingest comes before index", List.of()),
          new Rule(
              "newsarchive.ingest", "newsarchive.search", "ingest comes before search", List.of()),
          new Rule(
              "newsarchive.index", "newsarchive.search", "index comes before search", List.of()),
          new Rule(
              "newsarchive.gazetteer",
              "newsarchive.ingest",
              "the gazetteer is below ingest",
              List.of()),
          new Rule(
              "newsarchive.ingest.read",
              "newsarchive.ingest.entities",
              "reading does not tag",
              List.of()),
          new Rule(
              "newsarchive.ingest.clean",
              "newsarchive.ingest.read",
              "cleaning knows no files",
              List.of()),
          new Rule(
              "newsarchive.ingest.dates",
              "newsarchive.ingest.read",
              "dates know no files",
              List.of()),
          new Rule(
              "newsarchive.ingest.entities",
              "newsarchive.ingest.read",
              "tagging knows no files",
              List.of()));

  @Test
  void everyMainSourceFollowsTheArrow() throws IOException {
    List<String> broken = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.');
        broken.addAll(violations(pkg, Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void aLuceneImportPlantedInIngestIsCaught() {
    String planted =
        """
        package newsarchive.ingest.clean;
        import org.apache.lucene.document.Document;
        final class Planted {}
        """;
    List<String> found = violations("newsarchive.ingest.clean", planted);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).contains("ingest knows no Lucene"), found.get(0));
  }

  @Test
  void aToolUsedByTheProductAndASearchInternalUsedByWebAreCaught() {
    String source =
        """
        package newsarchive.web;
        import newsarchive.search.memory.HitSet;
        class X { Object o = new newsarchive.tools.eval.DevSplit(); }
        """;
    List<String> found = violations("newsarchive.web", source);
    assertEquals(2, found.size(), found.toString());
  }

  @Test
  void commentsAndStringsDoNotCount() {
    String source =
        """
        package newsarchive.ingest;
        /** Unlike {@link org.apache.lucene.document.Document}, ... */
        class X { String s = "org.apache.lucene.x"; } // newsarchive.web.WebServer
        """;
    assertEquals(List.of(), violations("newsarchive.ingest", source));
  }

  private static List<String> violations(String pkg, String source) {
    List<String> out = new ArrayList<>();
    Matcher m = REFERENCE.matcher(code(source));
    while (m.find()) {
      String referenced = m.group(1);
      for (Rule rule : RULES) {
        if (rule.breaks(pkg, referenced)) {
          out.add(pkg + " uses " + referenced + ": " + rule.why());
        }
      }
    }
    return out;
  }

  /** The source without comments and string literals, which may name anything. */
  private static String code(String source) {
    return source
        .replaceAll("(?s)/\\*.*?\\*/", " ")
        .replaceAll("//[^\\n]*", " ")
        .replaceAll("\"(?:\\\\.|[^\"\\\\\\n])*\"", "\"\"");
  }

  private static boolean within(String pkg, String root) {
    return pkg.equals(root) || pkg.startsWith(root + ".");
  }
}
