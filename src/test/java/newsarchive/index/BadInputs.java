package newsarchive.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The bad-input catalogue: inputs an archive meets in the wild (broken, hostile, odd), each with
 * the rejections an ingest must report for it and how many articles it still holds. Generated in a
 * folder at test time; the large ones are never committed.
 */
public final class BadInputs {
  /** The title of the good page every case is ingested beside. */
  public static final String GOOD_TITLE = "Aid convoy reaches Deir ez-Zor";

  /** Writes the bad input into a folder. */
  @FunctionalInterface
  public interface Writer {
    void to(Path folder) throws IOException;
  }

  /**
   * One case: {@code expected} lists "path relative to the folder: reason" for every rejection;
   * {@code alsoRead} counts the articles the bad input still yields.
   */
  public record Case(String name, Writer write, List<String> expected, int alsoRead) {
    @Override
    public String toString() {
      return name;
    }
  }

  private BadInputs() {}

  /** Where a case goes when all are written into one folder: a folder named after the case. */
  public static String folderName(Case c) {
    return c.name().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
  }

  public static void writeGoodPage(Path folder) throws IOException {
    writePage(folder.resolve("good.html"), GOOD_TITLE, "Deir ez-Zor");
  }

  /** A plain, well-formed article page whose canonical URL comes from its title. */
  public static Path writePage(Path file, String title, String place) throws IOException {
    String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return write(
        file,
        page(
            "<meta charset=\"utf-8\"><link rel=\"canonical\" href=\"https://levant.example/"
                + slug
                + "\">",
            title,
            "A United Nations convoy reached " + place + " on Tuesday, officials said.",
            "Government forces escorted the trucks along the road from Damascus."),
        StandardCharsets.UTF_8);
  }

  static String page(String head, String title, String... paragraphs) {
    StringBuilder p = new StringBuilder();
    for (String para : paragraphs) {
      p.append("<p>").append(para).append("</p>\n");
    }
    return "<!DOCTYPE html>\n<html><head>"
        + head
        + "<title>"
        + title
        + "</title></head><body><article><h1>"
        + title
        + "</h1>\n"
        + p
        + "</article></body></html>\n";
  }

  static Path write(Path file, String text, Charset charset) throws IOException {
    return write(file, text.getBytes(charset));
  }

  static Path write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static final String CSV_BODY_1 =
      "Turkish troops and allied rebels entered Jarablus on Wednesday.";
  private static final String CSV_BODY_2 = "Rebels and government forces agreed a truce in Daraya.";

  private static Case reject(String name, Writer write, String... expected) {
    return new Case(name, write, List.of(expected), 0);
  }

  private static Case read(String name, int articles, Writer write, String... expected) {
    return new Case(name, write, List.of(expected), articles);
  }

  /** Every case of the catalogue. */
  public static Stream<Case> rejected() {
    return Stream.of(
        reject(
            "empty page",
            f -> write(f.resolve("empty.html"), new byte[0]),
            "empty.html: the file is empty"),
        reject(
            "empty text file",
            f -> write(f.resolve("empty.txt"), new byte[0]),
            "empty.txt: the file is empty"),
        reject(
            "zero bytes with .gz",
            f -> write(f.resolve("empty.html.gz"), new byte[0]),
            "empty.html.gz: the file is empty"),
        reject(
            "truncated gzip",
            f -> {
              byte[] gz = gzip(page("", "Cut short", "Words ".repeat(2000)).getBytes(UTF8));
              write(f.resolve("cut.html.gz"), Arrays.copyOf(gz, gz.length / 2));
            },
            "cut.html.gz: broken or truncated gzip data"),
        reject(
            "plain page named .gz",
            f -> write(f.resolve("plain.html.gz"), page("", "Not gzip", "Text.").getBytes(UTF8)),
            "plain.html.gz: broken or truncated gzip data"),
        reject(
            "image renamed .html",
            f -> write(f.resolve("photo.html"), png()),
            "photo.html: not a text file (binary content)"),
        reject(
            "image renamed .txt",
            f -> write(f.resolve("photo.txt"), png()),
            "photo.txt: not a text file (binary content)"),
        reject(
            "50 MB page",
            f -> writeLargePage(f.resolve("huge.html"), 50_000_000),
            "huge.html: larger than the 16 MiB limit for one input page"),
        reject(
            "gzip bomb",
            f -> writeGzipBomb(f.resolve("bomb.html.gz"), 100_000_000),
            "bomb.html.gz: larger than the 16 MiB limit for one input page"),
        read(
            "10,000-deep nested tags",
            1,
            f ->
                write(
                    f.resolve("deep.html"),
                    page(
                        "",
                        "Deeply nested page",
                        "<div>".repeat(10_000)
                            + "Fighters withdrew from the town of Manbij on Friday."
                            + "</div>".repeat(10_000),
                        "Residents said the road to Aleppo was open again."),
                    UTF8)),
        reject(
            "page without body text",
            f ->
                write(
                    f.resolve("furniture.html"),
                    "<html><head><title>Home</title></head><body><nav><a href=/>Home</a></nav>"
                        + "<footer>Copyright</footer></body></html>",
                    UTF8),
            "furniture.html: no article text found in the page"),
        reject(
            "page with only script",
            f ->
                write(
                    f.resolve("script.html"),
                    "<html><head><script>var a = 'Raqqa';</script></head><body>"
                        + "<script>document.write('Fighters entered Raqqa on Monday.');</script>"
                        + "</body></html>",
                    UTF8),
            "script.html: no article text found in the page"),
        reject(
            "blank text file",
            f -> write(f.resolve("blank.txt"), " \n\n\t \r\n", UTF8),
            "blank.txt: the file has no text"),
        reject(
            "page of NUL bytes",
            f -> write(f.resolve("nul.html"), new byte[4096]),
            "nul.html: not a text file (binary content)"),
        read(
            "wrong declared charset",
            1,
            f ->
                write(
                    f.resolve("wrong-charset.html"),
                    page(
                        "<meta charset=\"iso-8859-1\">",
                        "Kobani fighters raise their flag",
                        "Kurdish fighters in Kobani (كوباني) said they pushed Islamic State out."),
                    UTF8)),
        read(
            "undeclared windows-1256 Arabic",
            1,
            f ->
                write(
                    f.resolve("arabic.html"),
                    page(
                        "",
                        "عودة السكان إلى حلب",
                        "قالت مصادر محلية إن السكان بدأوا العودة إلى الأحياء الشرقية في حلب."),
                    Charset.forName("windows-1256"))),
        read(
            "undeclared ISO-8859-1",
            1,
            f ->
                write(
                    f.resolve("latin1.html"),
                    page(
                        "",
                        "Réfugiés à Irbid",
                        "Au café près du camp, les réfugiés parlent de la guerre à Deraa."),
                    StandardCharsets.ISO_8859_1)),
        read(
            "UTF-16 page with BOM",
            1,
            f ->
                write(
                    f.resolve("utf16.html"),
                    concat(
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        page("", "Peshmerga retake villages", "Peshmerga forces retook villages.")
                            .getBytes(StandardCharsets.UTF_16LE)))),
        read(
            "UTF-16BE text file with BOM",
            1,
            f ->
                write(
                    f.resolve("utf16.txt"),
                    concat(
                        new byte[] {(byte) 0xFE, (byte) 0xFF},
                        "Talks stall in Geneva\n\nDelegates left without agreement on Syria."
                            .getBytes(StandardCharsets.UTF_16BE)))),
        read(
            "NUL bytes inside a page",
            1,
            f ->
                write(
                    f.resolve("nuls.html"),
                    page("", "Market reopens\0 in Aleppo", "Traders\0 returned to the souk.\0"),
                    UTF8)),
        read(
            "CSV with only a text column",
            2,
            f ->
                write(f.resolve("text-only.csv"), csv("text", q(CSV_BODY_1), q(CSV_BODY_2)), UTF8)),
        read(
            "CSV with extra columns",
            2,
            f ->
                write(
                    f.resolve("extra.csv"),
                    csv(
                        "title,text,date,mood,views",
                        "Jarablus entered," + q(CSV_BODY_1) + ",2016-08-24,grim,12",
                        "Daraya truce," + q(CSV_BODY_2) + ",2016-08-25,hopeful,40"),
                    UTF8)),
        read(
            "CSV with reordered columns",
            2,
            f ->
                write(
                    f.resolve("reordered.csv"),
                    csv(
                        "date,text,title",
                        "2016-08-24," + q(CSV_BODY_1) + ",Jarablus entered",
                        "2016-08-25," + q(CSV_BODY_2) + ",Daraya truce"),
                    UTF8)),
        read(
            "CSV with quoted newlines",
            1,
            f ->
                write(
                    f.resolve("newlines.csv"),
                    csv("title,text", "Jarablus entered,\"" + CSV_BODY_1 + "\n\nThe rest.\r\n\""),
                    UTF8)),
        read(
            "CSV with a broken quote",
            1,
            f ->
                write(
                    f.resolve("broken.csv"),
                    csv(
                        "title,text",
                        "Jarablus entered," + q(CSV_BODY_1),
                        "Daraya truce,\"" + CSV_BODY_2 + "\" and then \"more",
                        "Third,row"),
                    UTF8),
            "broken.csv:row 3: malformed CSV from here on (a quoted field is not closed properly)"),
        read(
            "CSV with a quote left open over 20 MB",
            1,
            f -> {
              try (OutputStream out = Files.newOutputStream(f.resolve("open-quote.csv"))) {
                out.write(csv("title,text", "Jarablus entered," + q(CSV_BODY_1)).getBytes(UTF8));
                out.write("Daraya truce,\"never closed\r\n".getBytes(UTF8));
                byte[] line = "More text inside the open quote, row after row.\r\n".getBytes(UTF8);
                for (int written = 0; written < 20_000_000; written += line.length) {
                  out.write(line);
                }
              }
            },
            "open-quote.csv:row 3: longer than the 16 MiB limit for one row;"
                + " the rest of the file is skipped"),
        reject(
            "CSV without a text column",
            f ->
                write(
                    f.resolve("no-text.csv"),
                    csv("title,date", "Jarablus entered,2016-08-24"),
                    UTF8),
            "no-text.csv: the CSV file has no article text column (body, text or content)"),
        reject(
            "CSV with only a header",
            f -> write(f.resolve("header.csv"), csv("title,text"), UTF8),
            "header.csv: the CSV file has no rows under its header"),
        read(
            "CSV with short and long rows",
            1,
            f ->
                write(
                    f.resolve("ragged.csv"),
                    csv(
                        "title,text,date",
                        "Short row",
                        "Long row," + q(CSV_BODY_2) + ",2016-08-25,surplus,more"),
                    UTF8),
            "ragged.csv:row 2: the row has no article text"),
        read(
            "CSV with a site name of 40,000 characters",
            1,
            f ->
                write(
                    f.resolve("long-site.csv"),
                    csv(
                        "title,text,site",
                        "Jarablus entered," + q(CSV_BODY_1) + "," + "S".repeat(40_000)),
                    UTF8)),
        read(
            "JSONL with one bad line among good",
            2,
            f ->
                write(
                    f.resolve("feed.jsonl"),
                    jsonl(CSV_BODY_1)
                        + "{\"title\": \"cut\", \"content\": \"this line is cut\n"
                        + jsonl(CSV_BODY_2),
                    UTF8),
            "feed.jsonl:line 2: not valid JSON (column 46)"),
        read(
            "JSONL line that is not an object",
            1,
            f -> write(f.resolve("array.jsonl"), "[1, 2, 3]\n" + jsonl(CSV_BODY_1), UTF8),
            "array.jsonl:line 1: not a JSON object"),
        reject(
            "empty JSONL file",
            f -> write(f.resolve("empty.jsonl"), new byte[0]),
            "empty.jsonl: the file is empty"),
        read(
            "JSONL line longer than the limit",
            1,
            f -> {
              try (OutputStream out = Files.newOutputStream(f.resolve("long.jsonl"))) {
                out.write(
                    ("{\"content\": \"" + "word ".repeat(4_000_000) + "\"}\n").getBytes(UTF8));
                out.write(jsonl(CSV_BODY_1).getBytes(UTF8));
              }
            },
            "long.jsonl:line 1: longer than the 16 MiB limit for one line"),
        read(
            "unsupported file in a folder is skipped",
            0,
            f -> write(f.resolve("notes.docx"), png())),
        reject(
            "picture saved as a PDF",
            f -> write(f.resolve("photo.pdf"), png()),
            "photo.pdf: not a readable PDF: Missing root object specification in trailer."),
        reject(
            "text saved as a web archive",
            f -> write(f.resolve("notes.warc"), "not a web archive\n".getBytes(UTF8)),
            "notes.warc: not a web archive (no WARC record at its start)"),
        reject(
            "symbolic link loop",
            f -> {
              Files.createDirectories(f.resolve("loop"));
              Files.createSymbolicLink(f.resolve("loop/again"), f.resolve("loop"));
            },
            "loop/again: symbolic link loop, not followed"),
        reject(
            "broken symbolic link",
            f -> Files.createSymbolicLink(f.resolve("gone.html"), f.resolve("nowhere.html")),
            "gone.html: a symbolic link to nothing"));
  }

  private static final Charset UTF8 = StandardCharsets.UTF_8;

  private static String q(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  private static String csv(String... lines) {
    return String.join("\r\n", lines) + "\r\n";
  }

  private static String jsonl(String content) {
    return "{\"title\": \"" + content.substring(0, 20) + "\", \"content\": \"" + content + "\"}\n";
  }

  private static byte[] png() {
    byte[] bytes = new byte[2048];
    new Random(7).nextBytes(bytes);
    byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    System.arraycopy(header, 0, bytes, 0, header.length);
    return bytes;
  }

  /** A real article followed by tens of megabytes of comments, as a saved forum page might be. */
  private static void writeLargePage(Path file, long bytes) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(
          page("", "A very large page", "Fighters entered Raqqa on Monday.")
              .replace("</body></html>\n", "")
              .getBytes(UTF8));
      byte[] comment =
          "<div class=comment><p>Reader comment, again and again.</p></div>\n".getBytes(UTF8);
      for (long written = 0; written < bytes; written += comment.length) {
        out.write(comment);
      }
      out.write("</body></html>\n".getBytes(UTF8));
    }
  }

  /** A small gzip file that expands to {@code bytes} of page text. */
  private static void writeGzipBomb(Path file, long bytes) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("<html><body><article><p>".getBytes(UTF8));
      byte[] block = new byte[1 << 16];
      Arrays.fill(block, (byte) 'a');
      for (long written = 0; written < bytes; written += block.length) {
        out.write(block);
      }
    }
  }
}
