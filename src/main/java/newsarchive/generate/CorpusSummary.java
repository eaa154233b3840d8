package newsarchive.generate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a corpus render wrote: how many stories, pages (a republished wire story counts twice),
 * gzipped pages, pages in windows-1256 and ISO-8859-1, stories in the exports, and pages per outlet
 * folder. Immutable.
 */
public record CorpusSummary(
    int stories,
    int pages,
    int gzipped,
    int windows1256,
    int latin1,
    int exported,
    Map<String, Integer> pagesPerOutlet) {
  public CorpusSummary {
    pagesPerOutlet = Map.copyOf(pagesPerOutlet);
  }

  /** Tallies pages as a render writes them. Not thread-safe. */
  static final class Counter {
    private int pages;
    private int gzipped;
    private int windows1256;
    private int latin1;
    private final Map<String, Integer> perOutlet = new TreeMap<>();

    void page(Outlet outlet, Charset charset, boolean gzip) {
      pages++;
      gzipped += gzip ? 1 : 0;
      windows1256 += charset.equals(PagePlan.WINDOWS_1256) ? 1 : 0;
      latin1 += charset.equals(StandardCharsets.ISO_8859_1) ? 1 : 0;
      perOutlet.merge(outlet.slug(), 1, Integer::sum);
    }

    CorpusSummary summary(int stories, int exported) {
      return new CorpusSummary(stories, pages, gzipped, windows1256, latin1, exported, perOutlet);
    }
  }
}
