package newsarchive.ingest.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a saved page or text file into a string: a byte-order mark first, then the
 * charset the page declares, then statistical detection. Declared charsets are checked against the
 * bytes, because saved pages often keep a stale meta tag. Stateless and thread-safe.
 */
public final class TextDecoder {
  private static final int SNIFF_BYTES = 4096;
  private static final Pattern DECLARED =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)"
              + "|<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_:.\\-]+)",
          Pattern.CASE_INSENSITIVE);

  /** Decodes {@code bytes}; {@code markup} says whether to look for a declared charset. */
  public String decode(byte[] bytes, boolean markup) {
    Charset charset = charsetOf(bytes, markup);
    String text = new String(bytes, charset);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  Charset charsetOf(byte[] bytes, boolean markup) {
    Optional<Charset> bom = byteOrderMark(bytes);
    if (bom.isPresent()) {
      return bom.get();
    }
    // Text that is valid UTF-8 and uses multi-byte sequences is UTF-8 whatever a stale meta tag
    // says: single-byte text is practically never valid UTF-8 by accident.
    if (hasHighBytes(bytes) && decodesCleanly(bytes, StandardCharsets.UTF_8)) {
      return StandardCharsets.UTF_8;
    }
    if (markup) {
      Optional<Charset> declared = declared(bytes).filter(cs -> decodesCleanly(bytes, cs));
      if (declared.isPresent()) {
        return declared.get();
      }
    }
    if (decodesCleanly(bytes, StandardCharsets.UTF_8)) {
      return StandardCharsets.UTF_8;
    }
    if (mostlyArabic(bytes)) {
      return Charset.forName("windows-1256");
    }
    return detected(bytes).orElse(Charset.forName("windows-1252"));
  }

  /**
   * The detector knows no Arabic single-byte charset, so an undeclared page is read as windows-1256
   * when most of its high bytes then become Arabic letters.
   */
  private static boolean mostlyArabic(byte[] bytes) {
    Charset arabic = Charset.forName("windows-1256");
    String text = new String(bytes, arabic);
    int high = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0x7F) {
        high++;
        if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) {
          letters++;
        }
      }
    }
    return high > 0 && letters * 10 >= high * 8;
  }

  private static boolean hasHighBytes(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Charset> byteOrderMark(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static Optional<Charset> declared(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
    // Browsers treat a declared Latin-1 as windows-1252; so do we, as pages rely on it.
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
      name = "windows-1252";
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static boolean decodesCleanly(byte[] bytes, Charset charset) {
    try {
      charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Optional<Charset> detected(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }
}
