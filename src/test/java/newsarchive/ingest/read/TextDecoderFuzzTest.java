package newsarchive.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The charset decoder on any bytes: it never throws, and bytes that are valid UTF-8 with multi-byte
 * sequences (and no byte-order mark) always come out as that UTF-8 text, whatever a meta tag in
 * them claims. Seeds: {@code TextDecoderFuzzTestInputs/decodesAnyBytes}.
 */
class TextDecoderFuzzTest {
  private static final TextDecoder DECODER = new TextDecoder();

  @FuzzTest(maxDuration = "10m")
  void decodesAnyBytes(byte[] bytes) {
    String page = DECODER.decode(bytes, true);
    String text = DECODER.decode(bytes, false);
    assertNotNull(page);
    assertNotNull(text);
    if (!startsWithMark(bytes) && hasHighBytes(bytes) && validUtf8(bytes)) {
      assertEquals(new String(bytes, StandardCharsets.UTF_8), page);
      assertEquals(new String(bytes, StandardCharsets.UTF_8), text);
    }
  }

  private static boolean startsWithMark(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static boolean hasHighBytes(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean validUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
