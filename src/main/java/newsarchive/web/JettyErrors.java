package newsarchive.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to requests Jetty refuses before any route sees them (a path with "../", bytes that
 * are not UTF-8, an address past the size limit): the same JSON error and security headers as every
 * other response, instead of Jetty's HTML page. Thread-safe.
 */
final class JettyErrors extends ErrorHandler {
  private final ObjectMapper json;
  private final Map<String, String> headers;

  JettyErrors(ObjectMapper json, Map<String, String> headers) {
    this.json = json;
    this.headers = headers;
  }

  /**
   * Refusals before a request exists, such as an address over the size limit. Jetty 12.1 marks this
   * hook for removal but still calls it for those refusals, and offers no other: the hardening test
   * of an over-long address fails if it stops being called.
   */
  @SuppressWarnings("removal")
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    headers.forEach(fields::put);
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    return ByteBuffer.wrap(body(status, reason));
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int status,
      String message,
      Throwable cause,
      Callback callback) {
    HttpFields.Mutable fields = response.getHeaders();
    headers.forEach(fields::put);
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body(status, message)), callback);
  }

  private byte[] body(int status, String reason) {
    try {
      return json.writeValueAsBytes(new ApiError(sentence(status, reason)));
    } catch (JsonProcessingException e) {
      return "{\"error\": \"The request could not be handled.\"}".getBytes(StandardCharsets.UTF_8);
    }
  }

  static String sentence(int status, String reason) {
    String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
    if (r.contains("utf-8") || r.contains("utf8")) {
      return WebServer.NOT_UTF8;
    }
    return switch (status) {
      case 400 ->
          "The address is not one this archive can read: it has a path such as ../ or a"
              + " broken %-escape.";
      case 404 -> "Nothing here.";
      case 405 -> "Only GET requests are answered here.";
      case 414 -> "The address is too long; keep the query under 2000 characters.";
      case 431 -> "The request's headers are too large.";
      default -> "The request could not be handled (HTTP " + status + ").";
    };
  }
}
