package newsarchive.ingest.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that fails once more than a limit of characters have been read since the caller last
 * called {@link #startRecord}: a streaming parser (CSV with an unclosed quote, say) would otherwise
 * gather the rest of a huge file into one value. Not thread-safe.
 */
final class BoundedReader extends FilterReader {
  /** Thrown when one record grows past the limit. */
  static final class RecordTooLongException extends IOException {
    RecordTooLongException(String message) {
      super(message);
    }
  }

  private final long limit;
  private final String what;
  private long sinceStart;

  /** {@code what} names the record in the error, as in "one row". */
  BoundedReader(Reader in, long limit, String what) {
    super(in);
    this.limit = limit;
    this.what = what;
  }

  void startRecord() {
    sinceStart = 0;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c != -1) {
      count(1);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) throws RecordTooLongException {
    sinceStart += n;
    if (sinceStart > limit) {
      throw new RecordTooLongException(
          "longer than the " + (limit >> 20) + " MiB limit for " + what);
    }
  }
}
