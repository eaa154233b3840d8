package newsarchive.cli;

import picocli.CommandLine;

/** What {@code --version} prints: the version the jar's manifest carries. Stateless. */
public final class Version implements CommandLine.IVersionProvider {
  /** The archive's version, or "development build" when run from compiled classes. */
  public static String current() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "archive " + current(),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
