package newsarchive.search;

/** A request the archive cannot answer as asked; the message is one sentence for the user. */
public final class InvalidQueryException extends RuntimeException {
  public InvalidQueryException(String sentence) {
    super(sentence);
  }
}
