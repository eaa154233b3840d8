package newsarchive.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private final TextDecoder decoder = new TextDecoder();

  @Test
  void byteOrderMarkWinsAndIsDropped() {
    byte[] utf8 =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "Raqqa".getBytes(StandardCharsets.UTF_8));
    assertEquals("Raqqa", decoder.decode(utf8, true));
    byte[] utf16 =
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            "Dayr az Zawr".getBytes(StandardCharsets.UTF_16LE));
    assertEquals("Dayr az Zawr", decoder.decode(utf16, false));
  }

  @Test
  void declaredWindows1256IsReadAsArabic() {
    String page = "<meta charset=\"windows-1256\"><p>حلب ودمشق</p>";
    assertEquals(page, decoder.decode(page.getBytes(Charset.forName("windows-1256")), true));
  }

  @Test
  void undeclaredArabicSingleByteTextIsDetected() {
    String page =
        "<p>قالت مصادر محلية إن القوات دخلت مدينة الرقة صباح الثلاثاء بعد معارك عنيفة</p>";
    assertEquals(page, decoder.decode(page.getBytes(Charset.forName("windows-1256")), true));
  }

  @Test
  void undeclaredLatin1IsNotMojibake() {
    String page =
        "<p>Au café de Qamişli, les réfugiés parlent de la guerre à Afrin et à Raqqa.</p>";
    String text =
        decoder.decode(page.replace('ş', 's').getBytes(StandardCharsets.ISO_8859_1), true);
    assertEquals(page.replace('ş', 's'), text);
  }

  @Test
  void aWrongDeclarationLosesToTheBytes() {
    // declared Latin-1, but the bytes are UTF-8 Arabic: reading them as declared would be mojibake
    String page = "<meta charset=\"iso-8859-1\"><p>Kobani كوباني</p>";
    String text = decoder.decode(page.getBytes(StandardCharsets.UTF_8), true);
    assertTrue(text.contains("كوباني"), text);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
