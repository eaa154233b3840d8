package newsarchive.cli;

/**
 * A command that could not do its work for a reason the user can act on (no index there, the port
 * taken); the message is the one line printed. Exit status 1.
 */
public final class CommandFailure extends RuntimeException {
  public CommandFailure(String message) {
    super(message);
  }
}
