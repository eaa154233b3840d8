package newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import newsarchive.Pipeline;
import newsarchive.index.Indexer;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import newsarchive.ingest.Article;
import newsarchive.ingest.entities.FactionTag;
import newsarchive.ingest.entities.PlaceTag;
import newsarchive.json.JsonMapper;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive counts drill-sideways with bit sets of its own; Lucene's {@link DrillSideways} is the
 * reference. Random selections of factions, places, countries and dates, with and without words to
 * search, over several segments with replaced articles: every dimension's counts agree.
 */
class SidewaysCountsTest {
  private static final List<String> FACTIONS =
      List.of("Islamic State", "Free Syrian Army", "Hezbollah", "Syrian Democratic Forces");
  private static final List<String> PLACES = List.of("Raqqa", "Aleppo", "Idlib", "Mosul", "Homs");
  private static final Schema SCHEMA = new Schema();
  @TempDir Path dir;

  @Test
  void everyDimensionCountsAsLucenesDrillSideways() throws IOException {
    write(0, 150, 1, "first");
    write(0, 150, 9, "second"); // replaced articles: deletions
    write(150, 200, 1, "third");
    try (IndexView view = new IndexView(dir);
        IndexView.Snapshot snap = view.acquire()) {
      Searcher searcher = Pipeline.searcher(view);
      var state =
          new DefaultSortedSetDocValuesReaderState(
              snap.searcher.getIndexReader(), SCHEMA.facetsConfig());
      Random random = new Random(7);
      for (int trial = 0; trial < 120; trial++) {
        String words = random.nextBoolean() ? "" : "ambush";
        List<String> factions = some(random, FACTIONS);
        List<String> places = some(random, PLACES);
        List<String> countries = random.nextInt(3) == 0 ? List.of("IQ") : List.of();
        LocalDate from = random.nextBoolean() ? null : LocalDate.of(2014 + random.nextInt(3), 1, 1);
        // Each facet any-of or all-of, some with excluded values (also with nothing selected).
        boolean allFactions = random.nextBoolean();
        boolean allPlaces = random.nextBoolean();
        List<String> notFactions = trial % 3 == 0 ? some(random, FACTIONS) : List.of();
        List<String> notPlaces = trial % 4 == 1 ? some(random, PLACES) : List.of();
        SearchRequest request =
            SearchRequest.builder()
                .query(words)
                .factions(factions)
                .locations(places)
                .countries(countries)
                .from(from)
                .sort(SortOrder.NEWEST)
                .exact(true)
                .allOf(Schema.FACTION, allFactions)
                .allOf(Schema.LOCATION, allPlaces)
                .excluded(Schema.FACTION, notFactions)
                .excluded(Schema.LOCATION, notPlaces)
                .build();

        Query base =
            words.isEmpty()
                ? MatchAllDocsQuery.INSTANCE
                : new TermQuery(new Term(Schema.BODY, words));
        DrillDownQuery ddq = new DrillDownQuery(SCHEMA.facetsConfig(), base);
        if (!factions.isEmpty() || !notFactions.isEmpty()) {
          ddq.add(
              Schema.FACTION,
              Searcher.facetFilter(SCHEMA, Schema.FACTION, factions, allFactions, notFactions));
        }
        if (!places.isEmpty() || !notPlaces.isEmpty()) {
          ddq.add(
              Schema.LOCATION,
              Searcher.facetFilter(SCHEMA, Schema.LOCATION, places, allPlaces, notPlaces));
        }
        countries.forEach(c -> ddq.add(Schema.COUNTRY, c));
        if (from != null) {
          ddq.add(
              Schema.YEAR,
              LongPoint.newRangeQuery(Schema.PUBLISHED, from.toEpochDay(), Long.MAX_VALUE));
        }
        var lucene =
            new DrillSideways(snap.searcher, SCHEMA.facetsConfig(), state)
                .search(ddq, new TopScoreDocCollectorManager(1, Integer.MAX_VALUE));

        String what = request.toString();
        assertEquals(
            lucene.collectorResult.totalHits.value(), searcher.search(request).total(), what);
        for (String dim :
            List.of(Schema.FACTION, Schema.LOCATION, Schema.COUNTRY, Schema.SITE, Schema.YEAR)) {
          assertEquals(counts(lucene.facets, dim), ours(searcher, dim, request), dim + " " + what);
        }
        // The month is counted beside the date range, as the year is.
        Facets months = lucene.facets;
        String[] sidewaysDims = lucene.drillSidewaysDims;
        for (int i = 0; sidewaysDims != null && i < sidewaysDims.length; i++) {
          if (sidewaysDims[i].equals(Schema.YEAR)) {
            months =
                new SortedSetDocValuesFacetCounts(state, lucene.drillSidewaysFacetsCollector[i]);
          }
        }
        assertEquals(counts(months, Schema.MONTH), ours(searcher, Schema.MONTH, request), what);
      }
    }
  }

  @Test
  void allOfCountsAsTheHandWrittenQueryOfEachValue() throws IOException {
    write(0, 200, 1, "first");
    try (IndexView view = new IndexView(dir)) {
      Searcher searcher = Pipeline.searcher(view);
      List<String> two = List.of("Islamic State", "Free Syrian Army");
      SearchRequest all = SearchRequest.builder().factions(two).allOf(Schema.FACTION, true).build();
      SearchRequest any = SearchRequest.builder().factions(two).build();
      SearchRequest written =
          SearchRequest.of("faction:\"Islamic State\" faction:\"Free Syrian Army\"");
      // i % 2 == 0 and i % 3 == 0: 34 of 200; either: 100 + 67 - 34
      assertEquals(34, searcher.search(all).total());
      assertEquals(searcher.search(written).total(), searcher.search(all).total());
      assertEquals(133, searcher.search(any).total());
    }
  }

  @Test
  void anExcludedValuesArticlesAreAbsentAndTheOtherFacetsCountAsIfNeverThere() throws IOException {
    write(0, 200, 1, "first");
    try (IndexView view = new IndexView(dir)) {
      Searcher searcher = Pipeline.searcher(view);
      SearchRequest excluded =
          SearchRequest.builder().excluded(Schema.FACTION, List.of("Hezbollah")).size(100).build();
      SearchResult r = searcher.search(excluded);
      assertEquals(200 - 50, r.total()); // Hezbollah: i % 4 == 0
      r.hits().forEach(h -> assertEquals(false, h.factions().contains("Hezbollah"), h.title()));
      // The same articles left out by the query instead: every other facet counts the same.
      SearchRequest never = SearchRequest.builder().query("-faction:Hezbollah").build();
      assertEquals(searcher.search(never).total(), r.total());
      for (String dim : List.of(Schema.LOCATION, Schema.COUNTRY, Schema.SITE, Schema.YEAR)) {
        assertEquals(ours(searcher, dim, never), ours(searcher, dim, excluded), dim);
      }
      // The excluded value keeps its own count (as if unexcluded) and says it is excluded.
      FacetValue hezbollah =
          r.facets().get(Schema.FACTION).stream()
              .filter(v -> v.value().equals("Hezbollah"))
              .findFirst()
              .orElseThrow();
      assertEquals(50, hezbollah.count());
      assertTrue(hezbollah.excluded());
    }
  }

  private static Map<String, Integer> counts(Facets facets, String dim) throws IOException {
    Map<String, Integer> out = new TreeMap<>();
    FacetResult r = facets.getAllChildren(dim);
    if (r != null) {
      for (var lv : r.labelValues) {
        out.put(lv.label, lv.value.intValue());
      }
    }
    return out;
  }

  private static Map<String, Integer> ours(Searcher searcher, String dim, SearchRequest r)
      throws IOException {
    Map<String, Integer> out = new TreeMap<>();
    for (FacetValue v : searcher.facetValues(dim, "", r, 10_000)) {
      if (v.count() > 0) {
        out.put(v.value(), v.count());
      }
    }
    return out;
  }

  private static List<String> some(Random random, List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (random.nextInt(4) == 0) {
        out.add(v);
      }
    }
    return out;
  }

  private void write(int from, int to, int step, String version) throws IOException {
    try (Indexer indexer =
        new Indexer(
            dir, SCHEMA, new StoredArticle(JsonMapper.create()), f -> Set.of(), 3_600_000)) {
      for (int i = from; i < to; i += step) {
        indexer.put(article(i, version));
        if (i % 50 == 49) {
          indexer.commit(); // several segments
        }
      }
    }
  }

  private static Article article(int i, String version) {
    List<FactionTag> factions = new ArrayList<>();
    for (int f = 0; f < FACTIONS.size(); f++) {
      if (i % (f + 2) == 0) {
        factions.add(new FactionTag(FACTIONS.get(f), "armed group", null, List.of()));
      }
    }
    List<PlaceTag> places = new ArrayList<>();
    for (int p = 0; p < PLACES.size(); p++) {
      if ((i + p) % (p + 3) == 0) {
        String country = PLACES.get(p).equals("Mosul") ? "IQ" : "SY";
        places.add(new PlaceTag(PLACES.get(p), country, null, 0, 0, null, List.of()));
      }
    }
    String body =
        "Report " + i + " (" + version + ")." + (i % 3 == 0 ? " An ambush on the road." : "");
    return new Article(
        "a" + i + ".txt",
        "Report " + i,
        i % 11 == 0 ? null : LocalDate.of(2013 + i % 5, 1 + i % 12, 1 + i % 28),
        null,
        null,
        i % 2 == 0 ? "Levant Daily" : "Tigris Observer",
        "https://news.example/report-" + i,
        "en",
        body,
        factions,
        places,
        List.of());
  }
}
