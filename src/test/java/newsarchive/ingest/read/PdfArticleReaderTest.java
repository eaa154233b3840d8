package newsarchive.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsarchive.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfArticleReaderTest {
  private final ArticleReaders readers = Pipeline.readers();
  @TempDir Path dir;

  private List<Extraction> read(Path file) {
    List<Extraction> out = new ArrayList<>();
    readers.read(file, out::add);
    return out;
  }

  private RawArticle only(Path file) {
    List<Extraction> x = read(file);
    assertEquals(1, x.size(), x.toString());
    return ((Extraction.Found) x.get(0)).article();
  }

  private String rejection(Path file) {
    List<Extraction> x = read(file);
    assertEquals(1, x.size(), x.toString());
    return ((Extraction.Rejected) x.get(0)).reason();
  }

  @Test
  void textPdfKeepsItsPagesAndTakesTitleAndDateFromTheFirstPage() throws IOException {
    Path pdf =
        Pdfs.text(
            dir.resolve("report.pdf"),
            null,
            new int[] {2017, 6, 20},
            List.of(
                List.of(
                    List.of("Aid convoys stall outside Raqqa"),
                    List.of("29 May 2017"),
                    List.of(
                        "Trucks carrying food and medicine waited for a third day at a checkpoint",
                        "south of the city, where fighting went on through the night.")),
                List.of(List.of("Residents said the bakeries had closed.", "Water is short."))));
    RawArticle a = only(pdf);
    assertEquals("Aid convoys stall outside Raqqa", a.title());
    assertEquals(LocalDate.of(2017, 5, 29), a.published());
    String page1 =
        "Aid convoys stall outside Raqqa\n\n29 May 2017\n\nTrucks carrying food and medicine"
            + " waited for a third day at a checkpoint south of the city, where fighting went on"
            + " through the night.";
    assertEquals(page1 + "\n\nResidents said the bakeries had closed. Water is short.", a.body());
    assertEquals(List.of(0, page1.length() + 2), a.pages());
    assertNull(a.url());
  }

  @Test
  void documentInformationGivesTitleAndDateWhenThePageHasNone() throws IOException {
    Path pdf =
        Pdfs.text(
            dir.resolve("brief.pdf"),
            "Weekly brief: northern Syria",
            new int[] {2019, 10, 14},
            List.of(List.of(List.of("Shelling was reported near Ras al-Ain on Sunday night."))));
    RawArticle a = only(pdf);
    assertEquals("Weekly brief: northern Syria", a.title());
    assertEquals(LocalDate.of(2019, 10, 14), a.published());
    assertEquals(List.of(0), a.pages());
  }

  @Test
  void scannedPdfWithoutTextIsRejectedWithThatReason() throws IOException {
    assertEquals(
        "a PDF without a text layer (a scan or images only); it needs OCR first",
        rejection(Pdfs.scan(dir.resolve("scan.pdf"))));
  }

  @Test
  void fileThatIsNoPdfIsRejected() throws IOException {
    Path fake = Files.writeString(dir.resolve("fake.pdf"), "<html>not a pdf</html>");
    String reason = rejection(fake);
    assertEquals("not a readable PDF", reason.substring(0, "not a readable PDF".length()), reason);
  }

  @Test
  void hyphenatedLinesJoinWithoutASpace() {
    assertEquals(
        List.of("Fighting in Deir ez-Zor went on.", "Second."),
        PdfArticleReader.paragraphs("Fighting in Deir ez-\nZor went on.\n\nSecond.\n"));
    assertEquals(
        List.of(),
        PdfArticleReader.paragraphs(new String(new byte[] {' ', '\n'}, StandardCharsets.UTF_8)));
  }
}
