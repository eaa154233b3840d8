package newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsarchive.search.memory.HitSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearcherTest {
  @TempDir static Path dir;
  static FixtureArchive archive;
  static IndexView view;
  static Searcher searcher;

  @BeforeAll
  static void build() throws IOException {
    archive = new FixtureArchive(dir).index();
    view = new IndexView(dir);
    searcher = archive.searcher(view);
  }

  @AfterAll
  static void close() throws IOException {
    view.close();
  }

  private static SearchRequest request(String q, List<String> factions, List<String> locations) {
    return request(q, factions, locations, List.of());
  }

  /** The first page of {@code q} with the selections, counting only the facets named. */
  private static SearchRequest request(
      String q, List<String> factions, List<String> locations, List<String> facets) {
    return SearchRequest.builder()
        .query(q)
        .factions(factions)
        .locations(locations)
        .facets(facets)
        .build();
  }

  /** Every article, in one order, one page of it. */
  private static SearchRequest everything(SortOrder sort, int page, int size, String after) {
    return SearchRequest.builder().sort(sort).page(page).size(size).after(after).build();
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  /** Facet values as value → count, in the order returned. */
  private static Map<String, Integer> counts(SearchResult r, String dim) {
    Map<String, Integer> m = new LinkedHashMap<>();
    r.facets().get(dim).forEach(v -> m.put(v.value(), v.count()));
    return m;
  }

  @Test
  void emptyQueryListsEverythingNewestFirstWithUndatedLast() throws IOException {
    SearchResult r = searcher.search(request("", List.of(), List.of()));
    assertEquals(8, r.total());
    assertEquals(
        archive.ids("salamah", "mosul", "raqqa", "badia", "deir", "hostile", "jordan", "undated"),
        ids(r));
  }

  @Test
  void browsingIsNewestFirstEvenWhenRelevanceIsAsked() throws IOException {
    SearchResult r =
        searcher.search(SearchRequest.builder().query("").sort(SortOrder.RELEVANCE).build());
    assertEquals(
        archive.ids("salamah", "mosul", "raqqa", "badia", "deir", "hostile", "jordan", "undated"),
        ids(r));
    assertNull(r.hits().get(0).score());
  }

  @Test
  void exclusionsAloneMatchEverythingButThoseNewestFirst() throws IOException {
    long raqqa = searcher.search(request("Raqqa", List.of(), List.of())).total();
    for (String q : List.of("-Raqqa", "NOT Raqqa", "-raqqa")) {
      SearchResult r = searcher.search(request(q, List.of(), List.of()));
      assertEquals(8 - raqqa, r.total(), q);
      assertEquals(
          archive.ids("salamah", "mosul", "badia", "deir", "hostile", "jordan"), ids(r), q);
    }
  }

  @Test
  void lastPageStopsWherePageNumbersStop() throws IOException {
    assertEquals(3, searcher.search(everything(SortOrder.NEWEST, 1, 3, null)).lastPage());
    assertEquals(1, searcher.search(request("nothing-like-this", List.of(), List.of())).lastPage());
  }

  @Test
  void passagesDoNotBreakAtAbbreviations() throws IOException {
    SearchResult r = searcher.search(request("positions", List.of(), List.of()));
    assertEquals(
        "Jets of the U.S.-led coalition struck <mark>positions</mark> of Islamic State west of"
            + " Raqqa as the Syrian Democratic Forces advanced.",
        r.hits().get(0).snippets().get(0));
  }

  @Test
  void oldestFirstKeepsUndatedLast() throws IOException {
    SearchResult r = searcher.search(everything(SortOrder.OLDEST, 1, 10, null));
    assertEquals(
        archive.ids("jordan", "hostile", "deir", "badia", "raqqa", "mosul", "salamah", "undated"),
        ids(r));
  }

  @Test
  void facetCountsWithoutSelection() throws IOException {
    SearchResult r = searcher.search(request("", List.of(), List.of()));
    assertEquals(
        Map.of(
            "Islamic State",
            4,
            "Free Syrian Army",
            2,
            "Osoud al-Sharqiya",
            2,
            "Syrian Democratic Forces",
            1,
            "U.S.-led coalition",
            1,
            "Iraqi security forces",
            1,
            "Syrian government forces",
            1),
        counts(r, "faction"));
    assertEquals(Map.of("SY", 6, "IQ", 1, "JO", 1), counts(r, "country"));
    assertEquals(
        Map.of("Levant Daily", 2, "Euphrates Post", 2, "Desert Line", 2, "Tigris Observer", 1),
        counts(r, "site"));
    assertEquals(
        List.of("2014", "2015", "2016", "2017"), new ArrayList<>(counts(r, "year").keySet()));
    assertEquals(4, counts(r, "year").get("2017"));
  }

  @Test
  void selectedFactionKeepsSiblingCounts() throws IOException {
    SearchResult r = searcher.search(request("", List.of("Islamic State"), List.of()));
    assertEquals(archive.ids("mosul", "raqqa", "badia", "undated"), ids(r));
    // faction counts ignore the faction selection: every sibling is still offered
    assertEquals(7, counts(r, "faction").size());
    assertEquals(4, counts(r, "faction").get("Islamic State"));
    assertEquals(2, counts(r, "faction").get("Free Syrian Army"));
    assertTrue(
        r.facets().get("faction").stream()
            .anyMatch(v -> v.value().equals("Islamic State") && v.selected()));
    assertEquals(
        Map.of("Raqqa", 2, "Badia", 1, "Bir Qassab", 1, "Mosul", 1), counts(r, "location"));
    assertEquals(Map.of("SY", 3, "IQ", 1), counts(r, "country"));
  }

  @Test
  void onlyTheFacetsNamedAreCountedWithTheSameCounts() throws IOException {
    SearchRequest all = request("", List.of("Islamic State"), List.of("Raqqa"));
    SearchRequest some =
        request(
            "",
            List.of("Islamic State"),
            List.of("Raqqa"),
            List.of("YEAR", "faction", "country", "faction"));
    SearchResult every = searcher.search(all);
    SearchResult named = searcher.search(some);
    assertEquals(List.of("faction", "country", "year"), List.copyOf(named.facets().keySet()));
    for (String dim : named.facets().keySet()) {
      assertEquals(every.facets().get(dim), named.facets().get(dim), dim);
    }
    assertEquals(FacetDims.ALL, List.copyOf(every.facets().keySet()));
    assertEquals(ids(every), ids(named));
    assertEquals(
        "Unknown facet 'colour'; use faction, location, country, site, year or month.",
        assertThrows(
                InvalidQueryException.class,
                () -> request("", List.of(), List.of(), List.of("faction", "colour")))
            .getMessage());
  }

  @Test
  void twoSelectionsAcrossTwoFacetsCountSideways() throws IOException {
    SearchResult r = searcher.search(request("", List.of("Islamic State"), List.of("Raqqa")));
    assertEquals(archive.ids("raqqa", "undated"), ids(r));
    assertEquals(
        Map.of("Islamic State", 2, "Syrian Democratic Forces", 1, "U.S.-led coalition", 1),
        counts(r, "faction"));
    assertEquals(
        Map.of("Raqqa", 2, "Badia", 1, "Bir Qassab", 1, "Mosul", 1), counts(r, "location"));
  }

  @Test
  void threeSelectionsOrWithinAFacetAndAcrossFacets() throws IOException {
    SearchResult r =
        searcher.search(
            request("", List.of("Islamic State", "Free Syrian Army"), List.of("Badia")));
    assertEquals(archive.ids("salamah", "badia"), ids(r));
    assertEquals(
        Map.of("Free Syrian Army", 2, "Osoud al-Sharqiya", 2, "Islamic State", 1),
        counts(r, "faction"));
    assertEquals(
        Map.of("Badia", 2, "Raqqa", 2, "Bir Qassab", 1, "Mosul", 1), counts(r, "location"));
    assertEquals(Map.of("SY", 2), counts(r, "country"));
  }

  @Test
  void parentFactionIncludesItsMemberGroups() throws IOException {
    SearchResult r = searcher.search(request("", List.of("Free Syrian Army"), List.of()));
    // "salamah" names only Osoud al-Sharqiya, a member of the Free Syrian Army
    assertEquals(archive.ids("salamah", "badia"), ids(r));
  }

  @Test
  void dateRangeKeepsOtherYearsOnTheTimeline() throws IOException {
    SearchResult r =
        searcher.search(
            SearchRequest.builder()
                .from(LocalDate.parse("2017-01-01"))
                .to(LocalDate.parse("2017-12-31"))
                .sort(SortOrder.NEWEST)
                .build());
    assertEquals(4, r.total());
    assertEquals(Map.of("2014", 1, "2015", 1, "2016", 1, "2017", 4), counts(r, "year"));
    // the selected range covers whole months: each of 2017's is listed, with zeros
    Map<String, Integer> months = counts(r, "month");
    assertEquals(15, months.size());
    assertEquals(2, months.get("2017-06"));
    assertEquals(0, months.get("2017-12"));
    assertEquals(1, months.get("2014-08"));
    assertEquals(Map.of("SY", 3, "IQ", 1), counts(r, "country"));
  }

  @Test
  void titleMatchesRankAboveBodyMatches() throws IOException {
    SearchResult r = searcher.search(request("Mosul", List.of(), List.of()));
    assertEquals(archive.ids("mosul"), ids(r));
    SearchResult state = searcher.search(request("coalition", List.of(), List.of()));
    assertEquals(archive.ids("raqqa"), ids(state));
    SearchResult militants = searcher.search(request("militants", List.of(), List.of()));
    assertEquals(2, militants.total());
  }

  @Test
  void allWordsMustMatchByDefault() throws IOException {
    assertEquals(
        archive.ids("mosul"), ids(searcher.search(request("snipers Mosul", List.of(), List.of()))));
    assertEquals(0, searcher.search(request("snipers Raqqa", List.of(), List.of())).total());
    assertEquals(2, searcher.search(request("snipers OR smoke", List.of(), List.of())).total());
  }

  @Test
  void exclusionsPhrasesWildcardsAndFields() throws IOException {
    assertEquals(
        archive.ids("jordan"),
        ids(searcher.search(request("militants -Damascus", List.of(), List.of()))));
    assertEquals(
        archive.ids("mosul"), ids(searcher.search(request("\"old city\"", List.of(), List.of()))));
    assertEquals(2, searcher.search(request("milit*", List.of(), List.of())).total());
    assertEquals(
        archive.ids("deir"), ids(searcher.search(request("title:convoy", List.of(), List.of()))));
    assertEquals(
        2, searcher.search(request("faction:\"Osoud al-Sharqiya\"", List.of(), List.of())).total());
    assertEquals(2, searcher.search(request("location:Badia", List.of(), List.of())).total());
  }

  @Test
  void spellingVariantsAreOfferedNotMerged() throws IOException {
    SearchResult r = searcher.search(request("Salamah", List.of(), List.of()));
    assertEquals(archive.ids("salamah"), ids(r));
    assertEquals(List.of(), r.widened());
    assertEquals(
        List.of(
            new Suggestion(
                "spellings", "also search Salameh?", "(Salamah OR Salameh)", List.of("Salameh"))),
        r.suggestions());
    SearchResult accepted = searcher.search(request("(Salamah OR Salameh)", List.of(), List.of()));
    assertEquals(archive.ids("salamah", "badia"), ids(accepted));
    assertTrue(
        accepted.hits().get(1).snippets().get(0).contains("<mark>Salameh</mark>"),
        accepted.hits().get(1).snippets().toString());
  }

  @Test
  void aliasFindsTheCanonicalEntityAndSaysSo() throws IOException {
    SearchResult r = searcher.search(request("ISIL", List.of(), List.of()));
    assertEquals(4, r.total());
    assertEquals(
        java.util.Set.copyOf(archive.ids("badia", "raqqa", "mosul", "undated")),
        java.util.Set.copyOf(ids(r)));
    assertEquals("Islamic State", r.widened().get(0).canonical());
    // aliases whose words no article uses are left out of the query and of the list
    assertFalse(r.widened().get(0).variants().contains("Daesh"), r.widened().toString());
    assertEquals(
        1,
        r.widened().get(0).variants().stream().filter("Islamic State"::equalsIgnoreCase).count());
  }

  @Test
  void exactSpellingTurnsWideningOff() throws IOException {
    SearchResult r =
        searcher.search(
            SearchRequest.builder().query("Salamah").sort(SortOrder.RELEVANCE).exact(true).build());
    assertEquals(archive.ids("salamah"), ids(r));
    assertTrue(r.widened().isEmpty());
  }

  @Test
  void snippetsAreEscapedWithOnlyMarkAdded() throws IOException {
    SearchResult r = searcher.search(request("script", List.of(), List.of()));
    assertEquals(archive.ids("hostile"), ids(r));
    String snippet = r.hits().get(0).snippets().get(0);
    assertEquals(
        "The page quoted &lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt; and"
            + " &lt;img src=x onerror=alert(2)&gt; as text about militants.",
        snippet);
    assertEquals(1, r.hits().get(0).passages().get(0).paragraph());
  }

  @Test
  void cursorPagingReturnsEveryHitExactlyOnce() throws IOException {
    for (SortOrder sort : SortOrder.values()) {
      List<String> seen = new ArrayList<>();
      String after = null;
      do {
        SearchResult r = searcher.search(everything(sort, 1, 3, after));
        seen.addAll(ids(r));
        after = r.next();
      } while (after != null);
      assertEquals(8, seen.size(), sort.toString());
      assertEquals(8, seen.stream().distinct().count(), sort.toString());
    }
  }

  @Test
  void dateOrderFromMemoryPagesAsLuceneSortDoes() throws IOException {
    try (IndexView fresh = new IndexView(dir)) { // the other tests keep the shared view as it is
      Searcher s = archive.searcher(fresh);
      List<String> byLucene = new ArrayList<>();
      for (SortOrder sort : List.of(SortOrder.NEWEST, SortOrder.OLDEST)) {
        byLucene.addAll(pagesByCursor(s, sort));
      }
      try (IndexView.Snapshot snap = fresh.acquire()) {
        snap.dates.prepare(snap.searcher.getIndexReader());
        assertNotNull(
            snap.dates.top(
                snap.searcher.getIndexReader(),
                HitSet.everyArticle(snap.searcher.getIndexReader()),
                true,
                null,
                3),
            "answers from memory");
      }
      List<String> fromMemory = new ArrayList<>();
      for (SortOrder sort : List.of(SortOrder.NEWEST, SortOrder.OLDEST)) {
        fromMemory.addAll(pagesByCursor(s, sort));
      }
      assertEquals(byLucene, fromMemory);
    }
  }

  /** Every article of the archive in {@code sort} order, three a page, with each page's cursor. */
  private static List<String> pagesByCursor(Searcher s, SortOrder sort) throws IOException {
    List<String> pages = new ArrayList<>();
    String after = null;
    do {
      SearchResult r = s.search(everything(sort, 1, 3, after));
      pages.add(ids(r) + " next " + r.next());
      after = r.next();
    } while (after != null);
    return pages;
  }

  @Test
  void pageNumbersAndCursorAgree() throws IOException {
    SearchResult first = searcher.search(everything(SortOrder.NEWEST, 1, 3, null));
    SearchResult second = searcher.search(everything(SortOrder.NEWEST, 2, 3, null));
    SearchResult viaCursor = searcher.search(everything(SortOrder.NEWEST, 1, 3, first.next()));
    assertEquals(ids(second), ids(viaCursor));
  }

  @Test
  void aCursorFromAnotherSearchIsRefusedWithASentence() throws IOException {
    SearchResult militants =
        searcher.search(
            SearchRequest.builder().query("militants").sort(SortOrder.NEWEST).size(1).build());
    assertEquals(2, militants.total());
    String cursor = militants.next();
    assertNotNull(cursor);
    String sentence =
        "The 'after' cursor belongs to another search (other words or filters); start again from"
            + " page 1.";
    for (SearchRequest.Builder other :
        List.of(
            SearchRequest.builder().query("raqqa"),
            SearchRequest.builder().query("militants").sites(List.of("Desert Line")),
            SearchRequest.builder().query("militants").exact(true),
            SearchRequest.builder().query("militants").from(LocalDate.parse("2015-01-01")),
            SearchRequest.builder().query("militants").excluded("site", List.of("Desert Line")))) {
      SearchRequest request = other.sort(SortOrder.NEWEST).after(cursor).build();
      InvalidQueryException e =
          assertThrows(InvalidQueryException.class, () -> searcher.search(request));
      assertEquals(sentence, e.getMessage());
    }
    // The same search goes on, whatever the page size or the facets counted.
    SearchResult next =
        searcher.search(
            SearchRequest.builder()
                .query("militants")
                .sort(SortOrder.NEWEST)
                .size(5)
                .facets(List.of("year"))
                .after(cursor)
                .build());
    assertEquals(archive.ids("jordan"), ids(next));
  }

  @Test
  void aCursorMadeBeforeCursorsNamedTheirSearchIsRefused() throws IOException {
    String unbound =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("N:16000:" + archive.id("hostile"))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    InvalidQueryException e =
        assertThrows(
            InvalidQueryException.class,
            () -> searcher.search(everything(SortOrder.NEWEST, 1, 3, unbound)));
    assertTrue(e.getMessage().startsWith("The 'after' cursor belongs to another search"));
  }

  @Test
  void theCursorPageWithTheLastHitHasNoCursor() throws IOException {
    SearchResult first = searcher.search(everything(SortOrder.NEWEST, 1, 4, null));
    SearchResult second = searcher.search(everything(SortOrder.NEWEST, 1, 4, first.next()));
    assertEquals(4, second.hits().size()); // the last four of the eight
    assertNull(second.next(), "no cursor to an empty page");
  }

  @Test
  void lastPageHasNoCursor() throws IOException {
    SearchResult r = searcher.search(everything(SortOrder.NEWEST, 3, 3, null));
    assertEquals(2, r.hits().size());
    assertNull(r.next());
  }

  @Test
  void queryTextIsNeverRefusedAndWhatWasNotSyntaxIsSaid() throws IOException {
    SearchResult unclosed = searcher.search(request("\"old city", List.of(), List.of()));
    assertEquals(archive.ids("mosul"), ids(unclosed));
    assertEquals("ignored the unclosed quote", unclosed.interpreted());
    SearchResult foo = searcher.search(request("foo:Mosul", List.of(), List.of()));
    assertEquals(0, foo.total());
    assertEquals("searched foo Mosul as words", foo.interpreted());
    SearchResult dangling = searcher.search(request("snipers AND", List.of(), List.of()));
    assertEquals(archive.ids("mosul"), ids(dangling));
    assertEquals("ignored AND at the end", dangling.interpreted());
    assertEquals(
        "searched ab c as words",
        searcher.search(request("/ab.*/c", List.of(), List.of())).interpreted());
    assertNull(searcher.search(request("snipers Mosul", List.of(), List.of())).interpreted());
  }

  @Test
  void concurrentSearchesGetTheSameAnswersAsOneAtATime() throws Exception {
    List<SearchRequest> requests =
        List.of(
            request("", List.of(), List.of()),
            request("", List.of("Islamic State"), List.of("Raqqa")),
            request("Salamah", List.of(), List.of()),
            request("militants", List.of(), List.of()),
            request("", List.of("Islamic State", "Free Syrian Army"), List.of("Badia")));
    List<SearchResult> expected = new ArrayList<>();
    for (SearchRequest r : requests) {
      expected.add(searcher.search(r));
    }
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Boolean>> checks = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int k = i % requests.size();
        checks.add(
            pool.submit(
                () -> {
                  SearchResult got = searcher.search(requests.get(k));
                  return ids(got).equals(ids(expected.get(k)))
                      && got.facets().equals(expected.get(k).facets());
                }));
      }
      for (var c : checks) {
        assertTrue(c.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void articleComesBackWhole() throws IOException {
    var a = searcher.article(archive.id("badia")).orElseThrow();
    assertEquals(archive.articles.get("badia"), a);
    assertTrue(searcher.article("0000000000000000").isEmpty());
  }

  @Test
  void facetFinderKnowsAliasesAndCountryNames() throws IOException {
    SearchRequest all = request("", List.of(), List.of());
    for (String alias : List.of("Daesh", "ISIS", "isil")) {
      assertEquals(
          List.of("Islamic State"),
          searcher.facetValues("faction", alias, all, 10).stream().map(FacetValue::value).toList(),
          alias);
    }
    assertEquals(
        List.of("Raqqa"),
        searcher.facetValues("location", "Raqqah", all, 10).stream()
            .map(FacetValue::value)
            .toList());
    assertEquals(
        List.of("Mosul"),
        searcher.facetValues("location", "Iraq", all, 10).stream().map(FacetValue::value).toList());
    List<FacetValue> syria = searcher.facetValues("country", "Syrian Arab", all, 10);
    assertEquals(List.of("SY"), syria.stream().map(FacetValue::value).toList());
    assertEquals("Syria", syria.get(0).name());
  }

  @Test
  void facetValueSearchFiltersByPrefixWithinTheQuery() throws IOException {
    List<FacetValue> values =
        searcher.facetValues("location", "ba", request("", List.of(), List.of()), 10);
    assertEquals(List.of("Badia"), values.stream().map(FacetValue::value).toList());
    List<FacetValue> all =
        searcher.facetValues("location", "", request("snipers", List.of(), List.of()), 10);
    assertEquals(List.of("Mosul"), all.stream().map(FacetValue::value).toList());
    assertThrows(
        InvalidQueryException.class,
        () -> searcher.facetValues("colour", "", request("", List.of(), List.of()), 10));
  }
}
