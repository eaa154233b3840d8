package newsarchive.cli;

import java.nio.file.Path;

/**
 * Where the archive keeps things and how it serves: the defaults match the repository's layout, so
 * commands run from its top folder need no options. Immutable.
 */
public record Config(Path corpus, Path index, Path web, String host, int port) {
  public static final int DEFAULT_PORT = 7070;

  public static Config defaults() {
    return new Config(
        Path.of("corpus"), Path.of("index"), Path.of("web"), "127.0.0.1", DEFAULT_PORT);
  }
}
