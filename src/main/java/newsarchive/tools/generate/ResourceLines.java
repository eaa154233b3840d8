package newsarchive.tools.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a UTF-8 text resource of this package as its non-blank lines, skipping lines that start
 * with '#'. A missing resource is a packaging bug and fails at once. Stateless.
 */
final class ResourceLines {
  private ResourceLines() {}

  static List<String> read(String name) {
    InputStream in = ResourceLines.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource newsarchive/generate/" + name);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}
