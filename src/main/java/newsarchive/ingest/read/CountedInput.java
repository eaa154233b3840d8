package newsarchive.ingest.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * A stream that tells a counter how many bytes pass through it, as they pass, so that progress
 * inside one large dump can be shown. Not thread-safe, as streams are not.
 */
final class CountedInput extends FilterInputStream {
  private final LongConsumer bytesRead;

  CountedInput(InputStream in, LongConsumer bytesRead) {
    super(in);
    this.bytesRead = bytesRead;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b != -1) {
      bytesRead.accept(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      bytesRead.accept(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) {
      bytesRead.accept(skipped);
    }
    return skipped;
  }
}
