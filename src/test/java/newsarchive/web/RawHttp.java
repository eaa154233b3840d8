package newsarchive.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A minimal HTTP/1.1 client that sends the request target exactly as written: ordinary clients
 * resolve "../" and re-encode bytes, which would hide what a hostile client can send.
 */
final class RawHttp {
  /** A response: status, headers by lower-case name, body as text. */
  record Response(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
  }

  private RawHttp() {}

  static Response get(int port, String target) throws IOException {
    return send(port, "GET", target, List.of());
  }

  static Response send(int port, String method, String target, List<String> extraHeaders)
      throws IOException {
    return send(port, method, target, extraHeaders, null);
  }

  /**
   * As above with a UTF-8 {@code body} (none when null). A {@code Host:} among {@code extraHeaders}
   * replaces the loopback one.
   */
  static Response send(
      int port, String method, String target, List<String> extraHeaders, String body)
      throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder request = new StringBuilder();
      request.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
      if (extraHeaders.stream().noneMatch(h -> h.regionMatches(true, 0, "Host:", 0, 5))) {
        request.append("Host: 127.0.0.1:").append(port).append("\r\n");
      }
      request.append("Connection: close\r\n");
      if (body != null) {
        request.append("Content-Length: ").append(content.length).append("\r\n");
      }
      extraHeaders.forEach(h -> request.append(h).append("\r\n"));
      request.append("\r\n");
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return parse(socket.getInputStream().readAllBytes(), method.equals("HEAD"));
    }
  }

  private static Response parse(byte[] raw, boolean head) throws IOException {
    String all = new String(raw, StandardCharsets.ISO_8859_1);
    int split = all.indexOf("\r\n\r\n");
    if (split < 0) {
      throw new IOException("no complete response: " + all);
    }
    String[] lines = all.substring(0, split).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.merge(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip(),
          (a, b) -> a + ", " + b);
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, split + 4, raw.length);
    if (!head && "chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream in = new java.io.ByteArrayInputStream(body);
    try {
      while (true) {
        StringBuilder size = new StringBuilder();
        for (int c; (c = in.read()) != '\n'; ) {
          if (c == -1) {
            return out.toByteArray();
          }
          if (c != '\r') {
            size.append((char) c);
          }
        }
        int n = Integer.parseInt(size.toString().split(";")[0].strip(), 16);
        if (n == 0) {
          return out.toByteArray();
        }
        out.write(in.readNBytes(n));
        in.readNBytes(2);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
