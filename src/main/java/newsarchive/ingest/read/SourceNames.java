package newsarchive.ingest.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Names where each article of an ingest came from, as the archive keeps and shows it: the file's
 * path inside the folder given to the ingest (a file given on its own by its name), with the row,
 * line or record within it, or the address a web archive captured the page from. The folders of the
 * machine that ran the ingest are never part of the name, so the API never shows a server's paths.
 * Immutable and thread-safe.
 */
public final class SourceNames {
  private final List<Path> given;

  /** Names for the files found under {@code given}, the paths handed to the ingest. */
  public SourceNames(List<Path> given) {
    this.given = List.copyOf(given);
  }

  /** The name of {@code raw}, read from {@code file}, one of the files under the given paths. */
  public String name(Path file, RawArticle raw) {
    if (raw.captured() != null && raw.url() != null) {
      return raw.url();
    }
    String path = file.toString();
    // Readers name an article by its file, then the row, line or record within it (":row 3").
    String within = raw.source().startsWith(path) ? raw.source().substring(path.length()) : "";
    return relative(file) + within;
  }

  /** {@code file} from the given folder that holds it, or its name when it was given itself. */
  private String relative(Path file) {
    for (Path root : given) {
      if (!file.equals(root) && file.startsWith(root)) {
        List<String> parts = new ArrayList<>();
        root.relativize(file).forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
      }
    }
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }
}
