package newsarchive.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the words of an article say about the countries it is set in beyond their names: each
 * country's neighbours (GeoNames) and the adjectives for its people ("Israeli", "Palestinians",
 * from the Phoenix dictionaries). A demonym is evidence, not a place mention. Immutable and
 * thread-safe.
 */
public final class CountryContext {
  /** The resource's file name beside the entries. */
  public static final String NAME = "countries.tsv";

  /** No neighbours and no demonyms: the context of a gazetteer built without the file. */
  public static final CountryContext NONE = new CountryContext(Map.of(), Map.of());

  private final Map<String, Set<String>> neighbours;
  private final Map<String, String> demonyms;

  /**
   * @param neighbours ISO codes of each country's neighbours, by its ISO code
   * @param demonyms the country's ISO code by the {@link NameTokenizer#key key} of each demonym
   */
  public CountryContext(Map<String, Set<String>> neighbours, Map<String, String> demonyms) {
    this.neighbours = Map.copyOf(neighbours);
    this.demonyms = Map.copyOf(demonyms);
  }

  /** The countries bordering {@code iso2}; empty when unknown. */
  public Set<String> neighbours(String iso2) {
    return iso2 == null ? Set.of() : neighbours.getOrDefault(iso2, Set.of());
  }

  /** The country whose people a word names ("israeli" gives IL), or null. */
  public String demonymCountry(String key) {
    return demonyms.get(key);
  }

  /** Reads lines of ISO code, comma-separated neighbours and |-separated demonym keys. */
  public static CountryContext read(BufferedReader reader) {
    Map<String, Set<String>> neighbours = new HashMap<>();
    Map<String, String> demonyms = new HashMap<>();
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] c = line.split("\t", -1);
        if (line.isBlank() || line.startsWith("#") || c.length < 3) {
          continue;
        }
        neighbours.put(c[0], Set.copyOf(split(c[1], ",")));
        split(c[2], "\\|").forEach(d -> demonyms.putIfAbsent(d, c[0]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + NAME, e);
    }
    return new CountryContext(neighbours, demonyms);
  }

  /** Writes one country's line as {@link #read} reads it. */
  public static void write(Writer out, String iso2, Set<String> neighbours, Set<String> demonyms)
      throws IOException {
    out.write(
        iso2
            + "\t"
            + String.join(",", neighbours.stream().sorted().toList())
            + "\t"
            + String.join("|", demonyms.stream().sorted().toList())
            + "\n");
  }

  private static List<String> split(String field, String separator) {
    return field.isEmpty() ? List.of() : Arrays.asList(field.split(separator));
  }
}
