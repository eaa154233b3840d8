package newsarchive.ingest.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Writes the small PDFs the tests read: text pages of our own words, or a page of pixels. */
public final class Pdfs {
  private Pdfs() {}

  /**
   * A PDF of {@code pages}, each a list of paragraphs, each a list of lines; {@code title} and
   * {@code created} (yyyy, mm, dd at noon UTC) go into the document information when not null.
   */
  public static Path text(Path file, String title, int[] created, List<List<List<String>>> pages)
      throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<List<String>> paragraphs : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 11);
          cs.newLineAtOffset(72, 720);
          for (List<String> lines : paragraphs) {
            for (String line : lines) {
              cs.showText(line);
              cs.newLineAtOffset(0, -14);
            }
            cs.newLineAtOffset(0, -24); // the gap that ends a paragraph
          }
          cs.endText();
        }
      }
      if (title != null) {
        doc.getDocumentInformation().setTitle(title);
      }
      if (created != null) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        c.clear();
        c.set(created[0], created[1] - 1, created[2], 12, 0, 0);
        doc.getDocumentInformation().setCreationDate(c);
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /** A one-page PDF that is a picture and nothing else, as a scanner makes it. */
  public static Path scan(Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      BufferedImage pixels = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < 80; y += 4) {
        for (int x = 0; x < 60; x++) {
          pixels.setRGB(x, y, 0xFFFFFF);
        }
      }
      PDImageXObject image = LosslessFactory.createFromImage(doc, pixels);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(image, 72, 400, 300, 400);
      }
      doc.save(file.toFile());
    }
    return file;
  }
}
