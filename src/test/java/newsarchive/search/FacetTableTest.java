package newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import newsarchive.index.Indexer;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import newsarchive.ingest.Article;
import newsarchive.ingest.entities.FactionTag;
import newsarchive.ingest.entities.PlaceTag;
import newsarchive.json.JsonMapper;
import newsarchive.search.memory.FacetCounts;
import newsarchive.search.memory.FacetTable;
import newsarchive.search.memory.HitSet;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
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
 * The in-memory facet table counts exactly what Lucene's own counting over the doc values counts: a
 * few hits, most of the archive, every article, one dimension alone; hit by hit (in batches, some
 * full, one not) and value by value; over several segments with deleted (replaced) articles, and
 * again after a commit, when the table reuses the segments it already read.
 */
class FacetTableTest {
  private static final List<String> FACTIONS =
      List.of("Islamic State", "Free Syrian Army", "Hezbollah", "Syrian Democratic Forces");
  private static final List<String> PLACES =
      List.of("Raqqa", "Aleppo", "Idlib", "Deir ez-Zor", "Ḥamāh", "𝓉𝑒𝓈𝓉", "\uFB01eld");
  private static final List<String> DIMS =
      List.of(Schema.FACTION, Schema.LOCATION, Schema.COUNTRY, Schema.YEAR, Schema.MONTH);
  @TempDir Path dir;

  @Test
  void countsAsLuceneDoesForFewHitsMostHitsAndEveryArticle() throws IOException {
    write(0, 90, 1, "first", 30); // three segments
    write(0, 90, 7, "second", 0); // updates: the first versions are deleted
    try (IndexView view = new IndexView(dir)) {
      checkAgainstLucene(view);
      write(90, 300, 1, "third", 0); // a segment with hits enough for several batches
      write(1, 60, 5, "fourth", 0);
      view.refresh();
      checkAgainstLucene(view);
    }
  }

  private void checkAgainstLucene(IndexView view) throws IOException {
    try (IndexView.Snapshot snap = view.acquire()) {
      var reader = snap.searcher.getIndexReader();
      assertTrue(reader.leaves().size() > 1, "several segments");
      assertTrue(reader.numDeletedDocs() > 0, "some deletions");
      // The view's table, made from the table before it; a new one, which counts hit by hit
      // until its lists by value are made; and the same once they are.
      checkAgainstLucene(snap, snap.facets);
      FacetTable fresh = FacetTable.of(reader, Schema.FACET_VALUES, null);
      checkAgainstLucene(snap, fresh);
      fresh.prepareByValue();
      checkAgainstLucene(snap, fresh);
    }
  }

  private void checkAgainstLucene(IndexView.Snapshot snap, FacetTable table) throws IOException {
    var reader = snap.searcher.getIndexReader();
    var state = new DefaultSortedSetDocValuesReaderState(reader, new Schema().facetsConfig());
    Query ambush = new TermQuery(new Term(Schema.BODY, "ambush"));
    Query mostButNotAll =
        new BooleanQuery.Builder()
            .add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.MUST)
            .add(ambush, BooleanClause.Occur.MUST_NOT)
            .build();
    for (Query q : List.of(ambush, mostButNotAll, MatchAllDocsQuery.INSTANCE)) {
      FacetsCollector lucene = snap.searcher.search(q, new FacetsCollectorManager());
      var expected = new SortedSetDocValuesFacetCounts(state, lucene);
      HitSet hits = snap.searcher.search(q, HitSet.collector(reader));
      assertEquals(snap.searcher.count(q), hits.count(), q.toString());
      FacetCounts counts = table.count(hits, FacetDims.ALL);
      for (String dim : DIMS) {
        assertEquals(labels(expected.getTopChildren(3, dim)), labels(counts.top(dim, 3)), dim);
        assertEquals(labels(expected.getAllChildren(dim)), labels(counts.all(dim)), dim);
        FacetCounts oneDim = table.count(hits, dim);
        assertEquals(labels(expected.getAllChildren(dim)), labels(oneDim.all(dim)), dim);
      }
      assertEquals(
          expected.getSpecificValue(Schema.FACTION, "Hezbollah").intValue(),
          counts.count(Schema.FACTION, "Hezbollah"));
      assertEquals(0, counts.count(Schema.FACTION, "No Such Group"));
      assertEquals(List.of(), table.count(hits, Schema.FACTION).all(Schema.LOCATION));
      // Two dimensions apart, with others between them in the table's order.
      FacetCounts twoDims = table.count(hits, List.of(Schema.YEAR, Schema.COUNTRY));
      for (String dim : DIMS) {
        boolean named = dim.equals(Schema.YEAR) || dim.equals(Schema.COUNTRY);
        assertEquals(
            named ? labels(expected.getAllChildren(dim)) : List.of(),
            labels(twoDims.all(dim)),
            dim);
      }
    }
  }

  private void write(int from, int to, int step, String version, int commitEvery)
      throws IOException {
    try (Indexer indexer =
        new Indexer(
            dir, new Schema(), new StoredArticle(JsonMapper.create()), f -> Set.of(), 3_600_000)) {
      for (int i = from; i < to; i += step) {
        indexer.put(article(i, version));
        if (commitEvery > 0 && i % commitEvery == commitEvery - 1) {
          indexer.commit();
        }
      }
    }
  }

  private static List<String> labels(FacetResult r) {
    return r == null ? List.of() : labels(Arrays.asList(r.labelValues));
  }

  private static List<String> labels(List<LabelAndValue> values) {
    List<String> out = new ArrayList<>();
    for (var lv : values) {
      out.add(lv.label + "=" + lv.value);
    }
    return out;
  }

  private static Article article(int i, String version) {
    // Uneven counts, so that the top values have a clear order and ties are broken by label.
    List<FactionTag> factions = new ArrayList<>();
    for (int f = 0; f < FACTIONS.size(); f++) {
      if (i % (f + 2) == 0) {
        factions.add(new FactionTag(FACTIONS.get(f), "armed group", null, List.of()));
      }
    }
    PlaceTag place =
        new PlaceTag(
            PLACES.get(i % PLACES.size()), i % 3 == 0 ? "IQ" : "SY", null, 0, 0, null, List.of());
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
