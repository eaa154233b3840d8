package newsarchive.web;

import io.javalin.http.HttpStatus;
import java.util.Map;

/**
 * A request the archive refuses with {@code status} and one sentence, with any headers the status
 * calls for ({@code WWW-Authenticate} with a 401); {@link WebServer} writes it as the JSON error.
 */
final class ApiRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // never serialised: an HTTP answer on its way out
  private final HttpStatus status;

  @SuppressWarnings("serial")
  private final Map<String, String> headers;

  ApiRefusal(HttpStatus status, String sentence) {
    this(status, sentence, Map.of());
  }

  ApiRefusal(HttpStatus status, String sentence, Map<String, String> headers) {
    super(sentence, null, false, false);
    this.status = status;
    this.headers = Map.copyOf(headers);
  }

  HttpStatus status() {
    return status;
  }

  Map<String, String> headers() {
    return headers;
  }
}
