package newsarchive.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * What {@code --version} prints: the archive's version and the commit it was built from, as the
 * build wrote them into {@code /newsarchive/version.properties}, and the Java that runs it.
 * Stateless.
 */
public final class Version implements CommandLine.IVersionProvider {
  /** One line: {@code archive 0.1.0 (commit 1a2b3c4)}; "unknown" for what the build left out. */
  public static String current() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/newsarchive/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "archive "
        + known(p.getProperty("version"))
        + " (commit "
        + known(p.getProperty("commit"))
        + ")";
  }

  private static String known(String value) {
    return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      current(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
