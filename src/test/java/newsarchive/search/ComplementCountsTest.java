package newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsarchive.index.Indexer;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import newsarchive.ingest.Article;
import newsarchive.ingest.FactionTag;
import newsarchive.ingest.JsonMapper;
import newsarchive.ingest.PlaceTag;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counting what a large set of hits leaves out, and subtracting, gives exactly what counting the
 * hits gives: over several segments, with deleted (replaced) articles, for every dimension.
 */
class ComplementCountsTest {
  private static final List<String> FACTIONS =
      List.of("Islamic State", "Free Syrian Army", "Hezbollah", "Syrian Democratic Forces");
  private static final List<String> PLACES = List.of("Raqqa", "Aleppo", "Idlib", "Deir ez-Zor");
  @TempDir Path dir;

  @Test
  void theDifferenceEqualsCountingTheHitsInEveryDimension() throws IOException {
    try (Indexer indexer =
        new Indexer(dir, new Schema(), new StoredArticle(JsonMapper.create()), f -> Set.of(), 0)) {
      for (int i = 0; i < 90; i++) {
        indexer.put(article(i, "first"));
        if (i % 30 == 29) {
          indexer.commit(); // several segments
        }
      }
    }
    try (Indexer indexer =
        new Indexer(dir, new Schema(), new StoredArticle(JsonMapper.create()), f -> Set.of(), 0)) {
      for (int i = 0; i < 90; i += 7) {
        indexer.put(article(i, "second")); // an update: the first versions are deleted
      }
    }
    try (IndexView view = new IndexView(dir, new Schema());
        IndexView.Snapshot snap = view.acquire()) {
      var reader = snap.searcher.getIndexReader();
      assertTrue(reader.leaves().size() > 1, "several segments");
      assertTrue(reader.numDeletedDocs() > 0, "some deletions");
      Query mostButNotAll =
          new BooleanQuery.Builder()
              .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
              .add(new TermQuery(new Term(Schema.BODY, "ambush")), BooleanClause.Occur.MUST_NOT)
              .build();
      FacetsCollector hits = snap.searcher.search(mostButNotAll, new FacetsCollectorManager());
      long total = hits.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
      assertTrue(ComplementCounts.worthIt(total, reader), "most articles match: " + total);
      assertTrue(total < reader.numDocs(), "but not all");

      var direct = new SortedSetDocValuesFacetCounts(snap.state, hits);
      var byDifference = ComplementCounts.of(snap.countsOfAllArticles(), snap.state, hits, reader);
      for (String dim : List.of(Schema.FACTION, Schema.LOCATION, Schema.YEAR, Schema.MONTH)) {
        assertSame(direct.getTopChildren(3, dim), byDifference.getTopChildren(3, dim));
        assertSame(direct.getAllChildren(dim), byDifference.getAllChildren(dim));
      }
      assertEquals(
          direct.getSpecificValue(Schema.FACTION, "Hezbollah"),
          byDifference.getSpecificValue(Schema.FACTION, "Hezbollah"));
    }
  }

  private static void assertSame(FacetResult expected, FacetResult actual) {
    assertArrayEquals(labels(expected), labels(actual));
  }

  private static String[] labels(FacetResult r) {
    List<String> out = new ArrayList<>();
    for (var lv : r.labelValues) {
      out.add(lv.label + "=" + lv.value);
    }
    return out.toArray(new String[0]);
  }

  private static Article article(int i, String version) {
    // Uneven counts, so that the top values have a clear order and ties are broken by label.
    List<FactionTag> factions = new ArrayList<>();
    for (int f = 0; f < FACTIONS.size(); f++) {
      if (i % (f + 2) == 0) {
        factions.add(new FactionTag(FACTIONS.get(f), "armed group", null, List.of()));
      }
    }
    PlaceTag place = new PlaceTag(PLACES.get(i % PLACES.size()), "SY", null, 0, 0, null, List.of());
    String body =
        "Report " + i + " (" + version + ")." + (i % 5 == 0 ? " An ambush on the road." : "");
    return new Article(
        "a" + i + ".txt",
        "Report " + i,
        LocalDate.of(2014 + i % 4, 1 + i % 12, 1),
        null,
        null,
        null,
        "https://news.example/report-" + i,
        "en",
        body,
        factions,
        List.of(place),
        List.of());
  }
}
