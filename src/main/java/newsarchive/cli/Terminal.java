package newsarchive.cli;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;

/** Whether a stream goes to a terminal, where a progress bar can be drawn over itself. */
final class Terminal {
  /**
   * Set by the launcher, which knows whether its own standard error is a terminal: the JVM's is a
   * pipe through the launcher's filter of the JVM's start-up warning, so the JVM cannot tell.
   */
  static final String PROPERTY = "newsarchive.terminal";

  private Terminal() {}

  /** Whether {@code err} is this process's standard error and that is a terminal. */
  // On Java 21, which the archive is built for, a null console is how a missing terminal shows;
  // from Java 22 the check below asks isTerminal() instead.
  @SuppressWarnings("SystemConsoleNull")
  static boolean is(PrintStream err) {
    if (err != System.err) {
      return false;
    }
    String told = System.getProperty(PROPERTY);
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // From Java 22 there is a console even when the streams are redirected, and isTerminal() says
    // whether they are not; on Java 21 a console exists only on a terminal. Looked up by name, as
    // the archive is built for Java 21.
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
