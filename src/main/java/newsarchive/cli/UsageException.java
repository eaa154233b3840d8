package newsarchive.cli;

/**
 * A command line that parses but does not fit its command (no file to ingest, a negative interval);
 * the message says why in one sentence. Exit status 2, as for any usage error.
 */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
