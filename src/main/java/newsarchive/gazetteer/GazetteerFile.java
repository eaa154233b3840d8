package newsarchive.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The format of the compact gazetteer resource: one gzip'd TSV, a header line, then one entry a
 * line (kind, canonical, type, parent, country, admin1, lat, lon, geonameId, population, prior,
 * aliases joined by '|'). Empty cells are nulls. {@code prior} is the builder's ranking of entries
 * that share an alias. Stateless and thread-safe.
 */
public final class GazetteerFile {

  public static final String NAME = "entries.tsv.gz";

  public static final String PERSON_WORDS = "person-words.txt";

  public static final String HEADER =
      "kind\tcanonical\ttype\tparent\tcountry\tadmin1\tlat\tlon\tgeonameId\tpopulation\tprior"
          + "\taliases";

  /** One line of the file. */
  public record Row(GazetteerEntry entry, PlaceFacts facts, int prior) {}

  private GazetteerFile() {}

  static List<Row> read(BufferedReader reader) throws IOException {
    String header = reader.readLine();
    if (!HEADER.equals(header)) {
      throw new IOException("not a gazetteer file (header is " + header + ")");
    }
    List<Row> rows = new ArrayList<>(60_000);
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (!line.isEmpty()) {
        rows.add(parse(line));
      }
    }
    return rows;
  }

  public static void write(Writer out, Row row) throws IOException {
    GazetteerEntry e = row.entry();
    PlaceFacts f = row.facts();
    boolean place = e.kind() == GazetteerEntry.Kind.PLACE;
    String[] cells = {
      place ? "P" : "F",
      e.canonical(),
      e.type(),
      cell(e.parent()),
      cell(e.country()),
      place ? cell(f.admin1()) : "",
      place ? String.format(Locale.ROOT, "%.5f", f.lat()) : "",
      place ? String.format(Locale.ROOT, "%.5f", f.lon()) : "",
      place && f.geonameId() != null ? f.geonameId().toString() : "",
      place && f.population() > 0 ? Long.toString(f.population()) : "",
      Integer.toString(row.prior()),
      String.join("|", e.aliases())
    };
    for (String value : cells) {
      if (value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("tab or newline in gazetteer cell: " + value);
      }
    }
    out.write(String.join("\t", cells));
    out.write('\n');
  }

  private static Row parse(String line) throws IOException {
    String[] c = line.split("\t", -1);
    if (c.length != 12) {
      throw new IOException("gazetteer line with " + c.length + " cells: " + line);
    }
    boolean place = c[0].equals("P");
    GazetteerEntry entry =
        new GazetteerEntry(
            c[1],
            place ? GazetteerEntry.Kind.PLACE : GazetteerEntry.Kind.FACTION,
            c[2],
            nullIfEmpty(c[3]),
            nullIfEmpty(c[4]),
            c[11].isEmpty() ? List.of() : Arrays.asList(c[11].split("\\|")));
    PlaceFacts facts =
        place
            ? new PlaceFacts(
                nullIfEmpty(c[5]),
                Double.parseDouble(c[6]),
                Double.parseDouble(c[7]),
                c[8].isEmpty() ? null : Long.valueOf(c[8]),
                c[9].isEmpty() ? 0 : Long.parseLong(c[9]))
            : null;
    return new Row(entry, facts, Integer.parseInt(c[10]));
  }

  private static String cell(String value) {
    return value == null ? "" : value;
  }

  private static String nullIfEmpty(String value) {
    return value.isEmpty() ? null : value;
  }
}
