package newsarchive.ingest.read;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes the small web archives the tests read, record by record, with jwarc. */
public final class Warcs {
  private final WarcWriter writer;

  private Warcs(WarcWriter writer) {
    this.writer = writer;
  }

  /** Writes {@code records} into {@code file}, gzipped per record when the name ends in .gz. */
  public static Path write(Path file, Entry... records) throws IOException {
    boolean gz = file.getFileName().toString().endsWith(".gz");
    try (FileChannel channel =
            FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        WarcWriter writer =
            new WarcWriter(channel, gz ? WarcCompression.GZIP : WarcCompression.NONE)) {
      Warcs w = new Warcs(writer);
      for (Entry r : records) {
        w.writer.write(r.build());
      }
    }
    return file;
  }

  /** One response record to write. */
  public interface Entry {
    WarcRecord build() throws IOException;
  }

  /** A response of {@code status} and {@code type} for {@code uri}, captured at {@code date}. */
  public static Entry response(
      String uri, String date, int status, String type, String body, String... headers) {
    return () -> {
      HttpResponse.Builder http =
          new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
              .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i + 1 < headers.length; i += 2) {
        http.addHeader(headers[i], headers[i + 1]);
      }
      return new WarcResponse.Builder(uri).date(Instant.parse(date)).body(http.build()).build();
    };
  }

  /** A simple article page: a headline and two paragraphs, with an optional date meta tag. */
  public static String page(String headline, String first, String second, String date) {
    return "<!doctype html><html lang=\"en\"><head><title>"
        + headline
        + "</title>"
        + (date == null
            ? ""
            : "<meta property=\"article:published_time\" content=\"" + date + "\">")
        + "</head><body><article><h1>"
        + headline
        + "</h1><p>"
        + first
        + "</p><p>"
        + second
        + "</p></article></body></html>";
  }
}
