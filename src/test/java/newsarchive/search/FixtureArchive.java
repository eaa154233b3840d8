package newsarchive.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsarchive.Pipeline;
import newsarchive.index.Indexer;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import newsarchive.ingest.Article;
import newsarchive.ingest.ArticleId;
import newsarchive.ingest.entities.FactionTag;
import newsarchive.ingest.entities.Mention;
import newsarchive.ingest.entities.PlaceTag;
import newsarchive.json.JsonMapper;

/**
 * A small archive of hand-written articles with hand-set tags, indexed for real in a folder, so
 * search tests can check exact ids and counts without depending on the tagger.
 */
public final class FixtureArchive {
  /** The articles by short name, in the order they were written. */
  public final Map<String, Article> articles = new LinkedHashMap<>();

  public final Path dir;

  public FixtureArchive(Path dir) {
    this.dir = dir;
    add(
        "badia",
        "Rebels seize desert villages from Islamic State",
        "2017-05-29",
        "Levant Daily",
        "AMMAN - Rebels of the Free Syrian Army said on Monday they had pushed Islamic State out of"
            + " villages in the Badia near Bir Qassab.\n\n"
            + "\"We cut their roads,\" said Talas al-Salameh, who leads Osoud al-Sharqiya.",
        List.of(
            faction("Free Syrian Army", null),
            faction("Osoud al-Sharqiya", "Free Syrian Army"),
            faction("Islamic State", null)),
        List.of(place("Badia", "SY"), place("Bir Qassab", "SY")));
    add(
        "raqqa",
        "Coalition strikes hit Islamic State positions near Raqqa",
        "2017-06-10",
        "Euphrates Post",
        "Jets of the U.S.-led coalition struck positions of Islamic State west of Raqqa as the"
            + " Syrian Democratic Forces advanced.\n\nResidents reported heavy smoke over the city.",
        List.of(
            faction("Islamic State", null),
            faction("Syrian Democratic Forces", null),
            faction("U.S.-led coalition", null)),
        List.of(place("Raqqa", "SY")));
    add(
        "mosul",
        "Iraqi forces push into Mosul's old city",
        "2017-06-20",
        "Tigris Observer",
        "Iraqi security forces entered the old city of Mosul on Tuesday.\n\nCommanders said"
            + " Islamic State fighters were using snipers and car bombs.",
        List.of(faction("Islamic State", null), faction("Iraqi security forces", null)),
        List.of(place("Mosul", "IQ")));
    add(
        "salamah",
        "Commander says his fighters regrouped near the border",
        "2017-07-02",
        "Levant Daily",
        "Salamah, the commander of Osoud al-Sharqiya, said his men had regrouped in the Badia.\n\n"
            + "He said the group had lost 117 fighters in recent months.",
        List.of(faction("Osoud al-Sharqiya", "Free Syrian Army")),
        List.of(place("Badia", "SY")));
    add(
        "deir",
        "Aid convoy reaches Deir ez-Zor",
        "2016-03-01",
        "Euphrates Post",
        "A United Nations convoy reached government-held parts of Deir ez-Zor.\n\nSyrian"
            + " government forces escorted the trucks.",
        List.of(faction("Syrian government forces", null)),
        List.of(place("Deir ez-Zor", "SY")));
    add(
        "hostile",
        "A page that tries <script>alert(1)</script> tricks",
        "2015-01-01",
        "Desert Line",
        "Officials in Damascus denied the report.\n\nThe page quoted <script>alert(1)</script> and"
            + " <img src=x onerror=alert(2)> as text about militants.",
        List.of(),
        List.of(place("Damascus", "SY")));
    add(
        "jordan",
        "Jordan keeps its border closed",
        "2014-08-01",
        null,
        "Jordan kept its northern border closed to refugees.\n\nThe military said militants had"
            + " tried to cross.",
        List.of(),
        List.of(place("Jordan", "JO")));
    add(
        "undated",
        "Undated report from Raqqah",
        null,
        "Desert Line",
        "Islamic State fighters patrolled Raqqah, witnesses said.",
        List.of(faction("Islamic State", null)),
        List.of(place("Raqqa", "SY")));
  }

  /** Writes every article into a new index in {@link #dir}. */
  public FixtureArchive index() throws IOException {
    try (Indexer indexer =
        new Indexer(
            dir, new Schema(), new StoredArticle(JsonMapper.create()), FixtureArchive::ancestors)) {
      for (Article a : articles.values()) {
        indexer.put(a);
      }
    }
    return this;
  }

  /** A searcher over the index, with its view; close the view after use. */
  public Searcher searcher(IndexView view) {
    return Pipeline.searcher(view);
  }

  public String id(String name) {
    return ArticleId.of(articles.get(name));
  }

  public List<String> ids(String... names) {
    List<String> ids = new ArrayList<>();
    for (String n : names) {
      ids.add(id(n));
    }
    return ids;
  }

  private static Set<String> ancestors(FactionTag f) {
    return f.parent() == null ? Set.of() : Set.of(f.parent());
  }

  private void add(
      String name,
      String title,
      String date,
      String site,
      String body,
      List<FactionTag> factions,
      List<PlaceTag> places) {
    articles.put(
        name,
        new Article(
            "fixture/" + name + ".html",
            title,
            date == null ? null : LocalDate.parse(date),
            null,
            null,
            site,
            null,
            "en",
            body,
            factions,
            places,
            List.of()));
  }

  private static FactionTag faction(String name, String parent) {
    return new FactionTag(name, "armed group", parent, List.of(new Mention(0, 1, "x")));
  }

  private static PlaceTag place(String name, String country) {
    return new PlaceTag(name, country, null, 0, 0, null, List.of(new Mention(0, 1, "x")));
  }
}
