package newsarchive.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.1 description of the API, written by hand beside the
 * code ({@code src/main/resources/newsarchive/api/openapi.json}) and checked against the real
 * answers by a test. Read once. Immutable and thread-safe.
 */
final class OpenApiDocument {
  static final String RESOURCE = "/newsarchive/api/openapi.json";
  private final byte[] json;

  OpenApiDocument() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the build left out " + RESOURCE);
      }
      this.json = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
  }

  void serve(Context ctx) {
    ctx.contentType("application/json");
    ctx.result(json);
  }
}
