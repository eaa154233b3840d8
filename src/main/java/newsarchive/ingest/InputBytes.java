package newsarchive.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads a whole input file into memory, un-gzipping {@code .gz} files, and refuses anything larger
 * than {@link #MAX_BYTES} (after decompression) so one hostile file cannot exhaust the heap.
 * Stateless.
 */
final class InputBytes {
  /** The largest page or text file the ingester reads: 64 MiB, after decompression. */
  static final int MAX_BYTES = 64 << 20;

  private InputBytes() {}

  static boolean gzipped(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  static byte[] read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = gzipped(file) ? new GZIPInputStream(raw, 1 << 16) : raw) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      for (int n; (n = in.read(buffer)) != -1; ) {
        total += n;
        if (total > MAX_BYTES) {
          throw new RejectedInputException("larger than the 64 MiB limit for one page");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }
}
