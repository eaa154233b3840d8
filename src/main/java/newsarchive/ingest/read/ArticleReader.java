package newsarchive.ingest.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** Reads one kind of input file and hands each article or rejected row to a sink. */
interface ArticleReader {
  /**
   * Reads {@code file}. Rows of a dump that hold no article are handed on as {@link
   * Extraction.Rejected}; a file that is unusable as a whole throws instead.
   *
   * @throws IOException when the file cannot be read
   * @throws RejectedInputException when the file holds no usable article
   */
  void read(Path file, Consumer<Extraction> sink) throws IOException;

  /**
   * As above, telling {@code bytesRead} of the file's bytes as they are read (as stored: a .gz
   * file's compressed bytes). Readers of dumps, which take long over one file, say so as they go;
   * the others need not, since the caller counts every file whole once it is done.
   */
  default void read(Path file, Consumer<Extraction> sink, LongConsumer bytesRead)
      throws IOException {
    read(file, sink);
  }
}
