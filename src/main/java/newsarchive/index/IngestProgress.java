package newsarchive.index;

/**
 * What an ingest run reports as it goes, to a progress display or to metrics. The run's reading
 * threads call these at once, so implementations are thread-safe; they are called often (for every
 * article, and for every few kilobytes read), so they are cheap.
 */
public interface IngestProgress {
  /** Reports nothing. */
  IngestProgress NONE = new IngestProgress() {};

  /** The run has listed its input: {@code files} files of {@code bytes} bytes in all, as stored. */
  default void started(int files, long bytes) {}

  /** {@code bytes} more bytes of input were read, as stored (a .gz file's compressed bytes). */
  default void read(long bytes) {}

  /** One more file was read to its end, or rejected. */
  default void fileDone() {}

  /** One more article went into the index. */
  default void indexed() {}

  /** One more file, row or record was rejected. */
  default void rejected() {}

  /** The run has ended and committed; nothing more is reported. */
  default void finished() {}

  /** Reports to both {@code first} and {@code second}, in that order. */
  static IngestProgress both(IngestProgress first, IngestProgress second) {
    return new IngestProgress() {
      @Override
      public void started(int files, long bytes) {
        first.started(files, bytes);
        second.started(files, bytes);
      }

      @Override
      public void read(long bytes) {
        first.read(bytes);
        second.read(bytes);
      }

      @Override
      public void fileDone() {
        first.fileDone();
        second.fileDone();
      }

      @Override
      public void indexed() {
        first.indexed();
        second.indexed();
      }

      @Override
      public void rejected() {
        first.rejected();
        second.rejected();
      }

      @Override
      public void finished() {
        first.finished();
        second.finished();
      }
    };
  }
}
