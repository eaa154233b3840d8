package newsarchive.search.export;

import java.util.Locale;
import newsarchive.search.InvalidQueryException;

/** The file formats an export is written in. */
public enum ExportFormat {
  CSV("csv", "text/csv; charset=utf-8"),
  JSONL("jsonl", "application/x-ndjson; charset=utf-8");

  private final String extension;
  private final String mediaType;

  ExportFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The file name's ending, without the dot. */
  public String extension() {
    return extension;
  }

  /** The Content-Type an HTTP answer in this format carries. */
  public String mediaType() {
    return mediaType;
  }

  /** Reads the {@code format} parameter; blank means CSV. */
  public static ExportFormat parse(String value) {
    if (value == null || value.isBlank()) {
      return CSV;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "csv" -> CSV;
      case "jsonl", "ndjson" -> JSONL;
      default ->
          throw new InvalidQueryException(
              "Unknown format '" + shorten(value) + "'; use csv or jsonl.");
    };
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
