package newsarchive.cli;

import java.nio.file.Path;

/** Reads the folder and server settings shared by several commands from their options. */
final class Settings {
  private Settings() {}

  static Config from(Arguments a) {
    Config d = Config.defaults();
    return new Config(
        Path.of(a.value("corpus", d.corpus().toString())),
        Path.of(a.value("index", d.index().toString())),
        Path.of(a.value("web", d.web().toString())),
        a.value("host", d.host()),
        a.number("port", d.port()));
  }
}
