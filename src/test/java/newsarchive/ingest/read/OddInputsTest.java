package newsarchive.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsarchive.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are odd but readable: each must read to exactly the text a person sees. */
class OddInputsTest {
  private final ArticleReaders readers = Pipeline.readers();
  @TempDir Path dir;

  private List<RawArticle> read(String name, byte[] bytes) throws IOException {
    Path file = Files.write(dir.resolve(name), bytes);
    List<RawArticle> out = new ArrayList<>();
    readers.read(
        file,
        x -> {
          if (x instanceof Extraction.Found f) {
            out.add(f.article());
          } else {
            throw new AssertionError("rejected: " + x);
          }
        });
    return out;
  }

  private RawArticle page(String name, String html, Charset charset) throws IOException {
    List<RawArticle> all = read(name, html.getBytes(charset));
    assertEquals(1, all.size());
    return all.get(0);
  }

  private static String html(String head, String title, String paragraph) {
    return "<html><head>"
        + head
        + "<title>"
        + title
        + "</title></head><body><article><h1>"
        + title
        + "</h1><p>"
        + paragraph
        + "</p></article></body></html>";
  }

  @Test
  void utf8BytesUnderAWrongLatin1DeclarationStayArabic() throws IOException {
    RawArticle a =
        page(
            "wrong.html",
            html("<meta charset=\"iso-8859-1\">", "Kobani", "Fighters in Kobani (كوباني) won."),
            StandardCharsets.UTF_8);
    assertEquals("Fighters in Kobani (كوباني) won.", a.body());
  }

  @Test
  void latin1BytesUnderAWrongUtf8DeclarationAreNotMojibake() throws IOException {
    RawArticle a =
        page(
            "wrong-utf8.html",
            html("<meta charset=\"utf-8\">", "Irbid", "Au café près du camp à Irbid."),
            StandardCharsets.ISO_8859_1);
    assertEquals("Au café près du camp à Irbid.", a.body());
  }

  @Test
  void undeclaredWindows1256ArabicIsRead() throws IOException {
    String text = "قالت مصادر محلية إن السكان بدأوا العودة إلى الأحياء الشرقية في حلب.";
    RawArticle a =
        page("arabic.html", html("", "عودة السكان إلى حلب", text), Charset.forName("windows-1256"));
    assertEquals(text, a.body());
    assertEquals("عودة السكان إلى حلب", a.title());
  }

  @Test
  void undeclaredLatin1IsRead() throws IOException {
    String text = "Au café près du camp, les réfugiés parlent de la guerre à Deraa.";
    RawArticle a = page("latin1.html", html("", "Réfugiés", text), StandardCharsets.ISO_8859_1);
    assertEquals(text, a.body());
  }

  @Test
  void utf16PageWithByteOrderMarkIsRead() throws IOException {
    String page = "\uFEFF" + html("", "Peshmerga", "Peshmerga forces retook villages near Mosul.");
    assertEquals(
        "Peshmerga forces retook villages near Mosul.",
        page("utf16le.html", page, StandardCharsets.UTF_16LE).body());
    assertEquals(
        "Peshmerga forces retook villages near Mosul.",
        page("utf16be.html", page, StandardCharsets.UTF_16BE).body());
  }

  @Test
  void utf16TextFileWithByteOrderMarkKeepsItsTextWithoutTheMark() throws IOException {
    String text = "Talks stall in Geneva\n\nDelegates left without agreement.";
    RawArticle a = page("talks.txt", "\uFEFF" + text, StandardCharsets.UTF_16BE);
    assertEquals(text, a.body());
    assertEquals("Talks stall in Geneva", a.title());
  }

  @Test
  void nulBytesInsideAPageBecomeSpaces() throws IOException {
    RawArticle a =
        page(
            "nuls.html",
            html("", "Market\0 reopens", "Traders\0returned to the souk."),
            StandardCharsets.UTF_8);
    assertEquals("Traders returned to the souk.", a.body());
    assertFalse(a.title().contains("\0"), a.title());
  }

  @Test
  void tenThousandNestedTagsReadWithoutOverflowingTheStack() throws IOException {
    String deep = "<div>".repeat(10_000) + "Fighters left Manbij." + "</div>".repeat(10_000);
    RawArticle a =
        page(
            "deep.html",
            "<html><body><article><h1>Deep</h1>"
                + deep
                + "<p>The road to Aleppo was open again.</p></article></body></html>",
            StandardCharsets.UTF_8);
    assertEquals("Fighters left Manbij.\n\nThe road to Aleppo was open again.", a.body());
  }

  @Test
  void csvColumnsInAnyOrderWithExtrasReadTheSame() throws IOException {
    String body = "Turkish troops entered \"Jarablus\" on Wednesday.";
    String quoted = "\"" + body.replace("\"", "\"\"") + "\"";
    List<RawArticle> plain =
        read(
            "plain.csv",
            ("title,text,date\r\nJarablus entered," + quoted + ",2016-08-24\r\n")
                .getBytes(StandardCharsets.UTF_8));
    List<RawArticle> shuffled =
        read(
            "shuffled.csv",
            ("mood,date,text,title,views\r\ngrim,2016-08-24," + quoted + ",Jarablus entered,9\r\n")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(1, plain.size());
    assertEquals(body, plain.get(0).body());
    assertEquals(plain.get(0).title(), shuffled.get(0).title());
    assertEquals(plain.get(0).body(), shuffled.get(0).body());
    assertEquals(plain.get(0).published(), shuffled.get(0).published());
  }

  @Test
  void csvQuotedNewlinesBecomeParagraphs() throws IOException {
    List<RawArticle> rows =
        read(
            "newlines.csv",
            "title,text\r\nJarablus,\"First paragraph.\r\n\r\nSecond\nparagraph.\"\r\n"
                .getBytes(StandardCharsets.UTF_8));
    assertEquals("First paragraph.\n\nSecond\n\nparagraph.", rows.get(0).body());
  }
}
