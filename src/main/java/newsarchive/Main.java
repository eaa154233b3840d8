package newsarchive;

import java.io.PrintStream;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import newsarchive.cli.Commands;

/**
 * The command dispatch: picks the command, runs it, maps its errors to exit codes (through {@link
 * Commands}, which declares every command and its options). Quiet unless {@code --verbose}: only
 * warnings and errors from the libraries, none of their start-up notes.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    quiet(!List.of(args).contains("--verbose"));
    System.exit(run(List.of(args), System.out, System.err));
  }

  /** Runs one command; returns the process exit status. */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    return Commands.create(new Archive(), out, err).execute(args.toArray(String[]::new));
  }

  /**
   * Sets the log levels before any logger exists: SLF4J's simple logger (the archive, Javalin,
   * PDFBox) and java.util.logging (Lucene, which notes at start-up how it uses the vector module).
   */
  private static void quiet(boolean quiet) {
    String level = quiet ? "warn" : "info";
    System.setProperty(
        "org.slf4j.simpleLogger.defaultLogLevel",
        System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", level));
    // PDFBox warns about each odd font or broken object it works around; the PDF is still read.
    System.setProperty(
        "org.slf4j.simpleLogger.log.org.apache.pdfbox",
        System.getProperty(
            "org.slf4j.simpleLogger.log.org.apache.pdfbox", quiet ? "error" : "info"));
    // Javalin logs a failed start as an error before the command says so in its own line.
    System.setProperty(
        "org.slf4j.simpleLogger.log.io.javalin.Javalin",
        System.getProperty(
            "org.slf4j.simpleLogger.log.io.javalin.Javalin", quiet ? "off" : "info"));
    Logger.getLogger("").setLevel(quiet ? Level.WARNING : Level.INFO);
  }
}
