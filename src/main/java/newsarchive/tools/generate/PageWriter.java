package newsarchive.tools.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Saves one rendered page as bytes in its charset, gzipped when asked. GZIP headers carry no file
 * time here, so the same page gives the same bytes. Stateless.
 */
final class PageWriter {
  private PageWriter() {}

  static void write(Path file, String html, Charset charset, boolean gzip) {
    byte[] bytes = html.getBytes(charset);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        if (gzip) {
          try (GZIPOutputStream zipped = new GZIPOutputStream(out)) {
            zipped.write(bytes);
          }
        } else {
          out.write(bytes);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
