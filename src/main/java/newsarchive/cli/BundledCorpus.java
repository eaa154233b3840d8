package newsarchive.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The sample corpus the release jar carries ({@code /newsarchive/corpus.zip}, made by {@code
 * ./archive package}), unpacked into a temporary folder so that a first {@code serve} from an empty
 * folder has articles to show.
 */
final class BundledCorpus {
  static final String RESOURCE = "/newsarchive/corpus.zip";

  private BundledCorpus() {}

  /** The unpacked corpus, or empty when this build carries none. */
  static Optional<Path> unpack() throws IOException {
    try (InputStream raw = BundledCorpus.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        return Optional.empty();
      }
      Path root = Files.createTempDirectory("archive-corpus").toAbsolutePath().normalize();
      try (ZipInputStream zip = new ZipInputStream(raw)) {
        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
          Path out = root.resolve(e.getName()).normalize();
          if (!out.startsWith(root) || e.isDirectory()) {
            continue;
          }
          Files.createDirectories(out.getParent());
          Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return Optional.of(root);
    }
  }
}
