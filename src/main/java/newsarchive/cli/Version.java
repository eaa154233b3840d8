package newsarchive.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The archive's version and the commit it was built from, as the build wrote them. */
public record Version(String version, String commit) {
  /** Reads {@code /newsarchive/version.properties}; "unknown" for what it lacks. */
  public static Version current() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/newsarchive/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Version(known(p.getProperty("version")), known(p.getProperty("commit")));
  }

  private static String known(String value) {
    return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value;
  }

  /** One line: {@code archive 0.1.0 (commit 1a2b3c4)}. */
  @Override
  public String toString() {
    return "archive " + version + " (commit " + commit + ")";
  }
}
