package newsarchive.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a whole input page into memory, un-gzipping {@code .gz} files, and refuses anything larger
 * than {@link #MAX_BYTES} (after decompression) so one hostile file cannot exhaust the heap: a
 * parsed page takes several times its size, and every core parses one at a time. Stateless.
 */
final class InputBytes {
  /** The largest page or text file the ingester reads: 16 MiB, after decompression. */
  static final int MAX_BYTES = 16 << 20;

  /** The reason given for a page over the limit. */
  static final String TOO_LARGE = "larger than the 16 MiB limit for one input page";

  private InputBytes() {}

  static boolean gzipped(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** Opens {@code file} as a stream of its (un-gzipped) bytes. */
  static InputStream open(Path file) throws IOException {
    return open(file, bytes -> {});
  }

  /**
   * As above, telling {@code bytesRead} how many of the file's bytes are read as they are, before
   * any un-gzipping: the file's own bytes, whose total its size gives.
   */
  static InputStream open(Path file, LongConsumer bytesRead) throws IOException {
    InputStream in = new CountedInput(Files.newInputStream(file), bytesRead);
    try {
      return gzipped(file) ? new GZIPInputStream(in, 1 << 16) : in;
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  static byte[] read(Path file) throws IOException {
    if (!gzipped(file) && Files.size(file) > MAX_BYTES) {
      throw new RejectedInputException(TOO_LARGE); // without reading a byte of it
    }
    try (InputStream in = open(file)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      for (int n; (n = in.read(buffer)) != -1; ) {
        total += n;
        if (total > MAX_BYTES) {
          throw new RejectedInputException(TOO_LARGE);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }
}
