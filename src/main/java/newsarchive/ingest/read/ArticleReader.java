package newsarchive.ingest.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

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
}
