package newsarchive.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import newsarchive.search.SearchRequest;
import newsarchive.search.export.Export;
import newsarchive.search.export.ExportFormat;

/**
 * {@code GET /api/export}: every hit of a search as a CSV or JSON Lines download, streamed as the
 * searcher finds the hits. Takes every search parameter, plus {@code format=csv|jsonl} and {@code
 * body=true|false}. Stateless.
 */
final class ExportRoutes {
  private ExportRoutes() {}

  static void export(Context ctx, Export export) throws IOException {
    SearchRequest request = SearchParams.from(ctx);
    ExportFormat format = ExportFormat.parse(ctx.queryParam("format"));
    boolean body = SearchParams.flag(ctx, "body");
    String name = export.fileName(request, format);
    export.write(request, format, body, new Download(ctx, format, name));
  }

  /**
   * The response body, whose download headers are set at its first byte: a query the searcher
   * cannot read fails before that, and its 400 is then plain JSON, not an attachment. Not
   * thread-safe.
   */
  private static final class Download extends OutputStream {
    private final Context ctx;
    private final ExportFormat format;
    private final String name;
    private OutputStream out;

    Download(Context ctx, ExportFormat format, String name) {
      this.ctx = ctx;
      this.format = format;
      this.name = name;
    }

    private OutputStream out() {
      if (out == null) {
        ctx.contentType(format.mediaType());
        ctx.header("Content-Disposition", disposition(name));
        out = ctx.outputStream();
      }
      return out;
    }

    @Override
    public void write(int b) throws IOException {
      out().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      if (out != null) {
        out.flush();
      }
    }
  }

  /**
   * An attachment named {@code name}: a plain ASCII name for old clients and the exact name (Arabic
   * queries make Arabic names) in RFC 6266's encoded form, which browsers prefer.
   */
  static String disposition(String name) {
    String ascii = name.replaceAll("[^A-Za-z0-9._-]+", "").replaceAll("--+", "-");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
