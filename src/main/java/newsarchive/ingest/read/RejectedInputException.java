package newsarchive.ingest.read;

/** Thrown by a reader when an input holds no usable article; the message is the one-line reason. */
public final class RejectedInputException extends RuntimeException {
  public RejectedInputException(String reason) {
    super(reason);
  }
}
