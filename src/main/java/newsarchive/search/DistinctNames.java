package newsarchive.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names that share a spelling key but name different people or things (Assad, the president's
 * family; Asaad, a given name; Osoud, a rebel group; Sharaa and sharia), hand-kept in {@code
 * distinct-names.tsv} beside this class: each line lists the names' spellings, one name's spellings
 * joined by {@code |}, names separated by {@code /}, then a tab and why. Immutable; thread-safe.
 */
final class DistinctNames {
  private static final String RESOURCE = "distinct-names.tsv";
  private final Map<String, Map<Integer, Integer>> groups;

  private DistinctNames(Map<String, Map<Integer, Integer>> groups) {
    this.groups = groups;
  }

  static DistinctNames load() {
    try (InputStream in = DistinctNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DistinctNames read(BufferedReader lines) throws IOException {
    Map<String, Map<Integer, Integer>> groups = new HashMap<>();
    int line = 0;
    for (String s = lines.readLine(); s != null; s = lines.readLine()) {
      if (s.isBlank() || s.startsWith("#")) {
        continue;
      }
      line++;
      List<String> names = List.of(s.split("\t", 2)[0].split("/"));
      for (int g = 0; g < names.size(); g++) {
        for (String spelling : names.get(g).split("\\|")) {
          groups.computeIfAbsent(fold(spelling), k -> new HashMap<>()).put(line, g);
        }
      }
    }
    return new DistinctNames(groups);
  }

  /** Whether {@code a} and {@code b} are listed as spellings of two different names. */
  boolean apart(String a, String b) {
    Map<Integer, Integer> ga = groups.get(fold(a));
    Map<Integer, Integer> gb = groups.get(fold(b));
    if (ga == null || gb == null) {
      return false;
    }
    for (Map.Entry<Integer, Integer> e : ga.entrySet()) {
      Integer other = gb.get(e.getKey());
      if (other != null && !other.equals(e.getValue())) {
        return true;
      }
    }
    return false;
  }

  private static String fold(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
