package newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import newsarchive.Pipeline;
import newsarchive.index.Indexer;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import newsarchive.ingest.Article;
import newsarchive.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Other spellings of a name are offered, never merged unasked: names that share a spelling key but
 * are different people, groups, laws or ordinary words stay apart; spellings of one name join when
 * the user accepts the offer.
 */
class SpellingSuggestionsTest {
  @TempDir static Path dir;
  static IndexView view;
  static Searcher searcher;

  @BeforeAll
  static void build() throws IOException {
    try (Indexer indexer =
        new Indexer(dir, new Schema(), new StoredArticle(JsonMapper.create()), f -> Set.of())) {
      add(indexer, "assad", "President Assad met his ministers. Assad spoke of the war.");
      add(indexer, "asaad", "Asaad Hamdan, a teacher in Homs, said the school had closed.");
      add(indexer, "osoud", "Fighters of Osoud al-Sharqiya held the road to the border.");
      add(indexer, "used", "Used shells lay in the street, and the army used tanks.");
      add(indexer, "used2", "The convoy used the northern road.");
      add(indexer, "used3", "Rebels used mortars; the army used jets.");
      add(indexer, "sharaa", "Ahmed al-Sharaa spoke to the crowd in Damascus.");
      add(indexer, "sharia", "Courts under Sharia ruled on the case.");
      add(indexer, "salameh", "Talas al-Salameh leads the group.");
      add(indexer, "salamah", "Salamah, the commander, said his men regrouped.");
      add(indexer, "suleima", "Suleima Hassan, a nurse, said the clinic was full.");
      add(indexer, "raqqa", "Jets struck positions near Raqqa.");
      add(indexer, "raqqah", "Fighters patrolled Raqqah, witnesses said.");
    }
    view = new IndexView(dir);
    searcher = Pipeline.searcher(view);
  }

  @AfterAll
  static void close() throws IOException {
    view.close();
  }

  private static void add(Indexer indexer, String name, String body) throws IOException {
    indexer.put(
        new Article(
            name + ".txt",
            "Report " + name,
            LocalDate.of(2017, 1, 1),
            null,
            null,
            null,
            null,
            "en",
            body,
            List.of(),
            List.of(),
            List.of()));
  }

  private static List<String> offered(SearchResult r) {
    return r.suggestions().stream()
        .filter(s -> s.kind().equals("spellings"))
        .flatMap(s -> s.words().stream())
        .toList();
  }

  @ParameterizedTest(name = "{0} never offers {1}")
  @CsvSource({
    "Assad, Asaad",
    "Asaad, Assad",
    "Sharaa, Sharia",
    "Sharia, Sharaa",
    "Osoud, Assad",
    "Assad, Osoud",
    "Assad, Used",
    "Used, Assad",
    "Salamah, Suleima"
  })
  void namesThatShareAKeyButNotAMeaningStayApart(String searched, String other) throws IOException {
    SearchResult r = searcher.search(SearchRequest.of(searched));
    assertFalse(offered(r).contains(other), r.suggestions().toString());
    assertFalse(
        r.hits().stream().anyMatch(h -> h.title().equalsIgnoreCase("Report " + other)),
        r.hits().toString());
  }

  @Test
  void assadIsOfferedNoSpellingAtAll() throws IOException {
    SearchResult r = searcher.search(SearchRequest.of("Assad"));
    assertEquals(List.of(), offered(r));
    assertEquals(1, r.total());
  }

  @ParameterizedTest(name = "{0} joins {1} when accepted")
  @CsvSource({"Salamah, Salameh", "Salameh, Salamah"})
  void spellingsOfOneNameAreOfferedAndJoinWhenAccepted(String searched, String other)
      throws IOException {
    SearchResult r = searcher.search(SearchRequest.of(searched));
    assertEquals(1, r.total(), "never merged unasked");
    assertEquals(List.of(other), offered(r));
    Suggestion offer = r.suggestions().get(0);
    assertEquals("(" + searched + " OR " + other + ")", offer.query());
    assertEquals("also search " + other + "?", offer.text());
    SearchResult accepted = searcher.search(SearchRequest.of(offer.query()));
    assertEquals(2, accepted.total());
    assertEquals(List.of(), offered(accepted));
  }

  @Test
  void raqqaAndRaqqahJoin() throws IOException {
    // Raqqah is the gazetteer's alias of Raqqa: the alias widening joins them, and says so.
    SearchResult r = searcher.search(SearchRequest.of("Raqqa"));
    assertEquals(2, r.total());
    assertEquals("Raqqa", r.widened().get(0).canonical());
    assertTrue(r.widened().get(0).variants().contains("Raqqah"), r.widened().toString());
  }

  @Test
  void aMisspeltWordWithNoHitsGetsDidYouMean() throws IOException {
    SearchResult r = searcher.search(SearchRequest.of("mortrs"));
    assertEquals(0, r.total());
    Suggestion s = r.suggestions().get(0);
    assertEquals("didYouMean", s.kind());
    assertEquals("mortar", s.query());
  }

  @Test
  void aWordOnlyAFirstLetterAwayIsNotOfferedForIt() throws IOException {
    // "road" is one edit from "broad", at its first letter: another word, not a typo of it.
    SearchResult r = searcher.search(SearchRequest.of("broad"));
    assertEquals(0, r.total());
    assertEquals(List.of(), r.suggestions());
  }

  @Test
  void aQueryThatFindsNothingForWordsNoArticleHoldsIsOfferedWithoutThem() throws IOException {
    SearchResult r = searcher.search(SearchRequest.of("Assad [UPDATED] zzyzx"));
    assertEquals(0, r.total());
    Suggestion s = r.suggestions().get(r.suggestions().size() - 1);
    assertEquals("without", s.kind());
    assertEquals("search without UPDATED, zzyzx?", s.text());
    assertEquals("Assad", s.query());
    assertEquals(List.of("UPDATED", "zzyzx"), s.words());
    assertEquals(1, searcher.search(SearchRequest.of(s.query())).total());
    // Nothing to offer when no word is known, or when every word is known.
    assertTrue(
        searcher.search(SearchRequest.of("zzyzx qqwv")).suggestions().stream()
            .noneMatch(o -> o.kind().equals("without")));
    assertTrue(
        searcher.search(SearchRequest.of("Assad mortars")).suggestions().stream()
            .noneMatch(o -> o.kind().equals("without")));
  }
}
