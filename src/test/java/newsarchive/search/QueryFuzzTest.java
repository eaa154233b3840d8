package newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query reader and builder on any text, through a whole search of a small real index, plain and
 * exact: every text is answered, never refused; only a query past the length limit is an {@link
 * InvalidQueryException}, as documented. Seeds: {@code QueryFuzzTestInputs/anyTextIsSearched}.
 */
class QueryFuzzTest {
  @TempDir static Path dir;
  static IndexView view;
  static Searcher searcher;

  @BeforeAll
  static void build() throws IOException {
    FixtureArchive archive = new FixtureArchive(dir).index();
    view = new IndexView(dir);
    searcher = archive.searcher(view);
  }

  @AfterAll
  static void close() throws IOException {
    view.close();
  }

  @FuzzTest(maxDuration = "10m")
  void anyTextIsSearched(byte[] bytes) throws IOException {
    String typed = new String(bytes, StandardCharsets.UTF_8);
    if (typed.strip().length() > SearchRequest.MAX_QUERY_LENGTH) {
      return; // refused by SearchRequest before any reading, with its sentence
    }
    for (boolean exact : new boolean[] {false, true}) {
      SearchResult result =
          searcher.search(SearchRequest.builder().query(typed).exact(exact).build());
      assertNotNull(result);
      assertTrue(result.total() >= 0 && result.total() <= searcher.count(), typed);
    }
  }
}
