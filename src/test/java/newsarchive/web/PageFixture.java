package newsarchive.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsarchive.Pipeline;
import newsarchive.index.Indexer;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import newsarchive.ingest.Article;
import newsarchive.ingest.dates.DateMention;
import newsarchive.ingest.entities.FactionTag;
import newsarchive.ingest.entities.Mention;
import newsarchive.ingest.entities.PlaceTag;
import newsarchive.json.JsonMapper;
import newsarchive.search.IndexView;
import newsarchive.search.Searcher;

/**
 * Articles written for the browser test, with every mention at its real offset so the article view
 * has something to highlight, indexed for real in a folder. Not thread-safe.
 */
final class PageFixture {
  /** The phrase only the hostile article contains. */
  static final String HOSTILE_QUERY = "forum";

  private final Path dir;
  private final List<Article> articles = new ArrayList<>();

  PageFixture(Path dir) {
    this.dir = dir;
    String b =
        "Coalition jets struck Islamic State positions west of Raqqa on Saturday as the Syrian"
            + " Democratic Forces pushed into the city's eastern districts.\n\n"
            + "The YPG, the largest group in the SDF, said its fighters had taken the industrial"
            + " quarter after a week of street fighting.\n\n"
            + "Families who reached Ain Issa said Islamic State snipers covered the roads out of"
            + " Raqqa and that food had run short since May 2017.";
    add(
        "Coalition strikes hit Islamic State positions near Raqqa",
        "2017-06-10",
        "Euphrates Post",
        b,
        List.of(
            faction(b, "Islamic State", null),
            faction(b, "Syrian Democratic Forces", null, "SDF"),
            faction(b, "YPG", "Syrian Democratic Forces")),
        List.of(place(b, "Raqqa", "SY"), place(b, "Ain Issa", "SY")),
        date(b, "May 2017", "2017-05"));
    b =
        "The Syrian Democratic Forces said on Tuesday they had surrounded the old city of Raqqa,"
            + " cutting the last road south across the Euphrates.\n\n"
            + "Aid groups warned that civilians trapped inside had little water. An SDF commander said"
            + " Islamic State fighters were holding families in the old city as shields.";
    add(
        "Fighters encircle Raqqa's old city",
        "2017-08-15",
        "Levant Daily",
        b,
        List.of(
            faction(b, "Syrian Democratic Forces", null, "SDF"), faction(b, "Islamic State", null)),
        List.of(place(b, "Raqqa", "SY")));
    b =
        "The Syrian Democratic Forces declared Raqqa taken on 20 October 2017, four months after"
            + " the assault began.\n\n"
            + "Mine-clearing teams said it would take months before residents could return. The YPG"
            + " raised its flag over the stadium, which Islamic State had used as a prison.";
    add(
        "Raqqa falls after four-month battle",
        "2017-10-20",
        "Tigris Observer",
        b,
        List.of(
            faction(b, "Syrian Democratic Forces", null),
            faction(b, "YPG", "Syrian Democratic Forces"),
            faction(b, "Islamic State", null)),
        List.of(place(b, "Raqqa", "SY")),
        date(b, "20 October 2017", "2017-10-20"));
    b =
        "Fighters backed by the coalition took full control of Manbij on Friday after a two-month"
            + " siege, the Syrian Democratic Forces said.\n\n"
            + "The town sat on a supply line that Islamic State used to move fighters between the"
            + " Turkish border and Raqqa.";
    add(
        "Manbij taken from Islamic State",
        "2016-08-12",
        "Euphrates Post",
        b,
        List.of(faction(b, "Syrian Democratic Forces", null), faction(b, "Islamic State", null)),
        List.of(place(b, "Manbij", "SY"), place(b, "Raqqa", "SY")));
    b =
        "Rebels of the Hamza Division and the Sultan Murad Division, both part of the Free Syrian"
            + " Army, entered al-Bab on Thursday after weeks of fighting with Islamic State.\n\n"
            + "Turkey, which backs the groups, has said they could march on Raqqa next. A spokesman"
            + " for the Free Syrian Army said the town was being cleared of mines.";
    add(
        "Turkish-backed rebels enter al-Bab",
        "2017-02-23",
        "Northern Dispatch",
        b,
        List.of(
            faction(b, "Free Syrian Army", null),
            faction(b, "Hamza Division", "Free Syrian Army"),
            faction(b, "Sultan Murad Division", "Free Syrian Army"),
            faction(b, "Islamic State", null)),
        List.of(place(b, "al-Bab", "SY"), place(b, "Raqqa", "SY")));
    b =
        "Syrian government forces broke the siege of Deir ez-Zor on Tuesday, ending nearly three"
            + " years of encirclement by Islamic State.\n\n"
            + "Many of the fighters who left Raqqa during the summer are believed to have moved to"
            + " Deir ez-Zor.";
    add(
        "Siege of Deir ez-Zor broken",
        "2017-09-05",
        "Levant Daily",
        b,
        List.of(faction(b, "Syrian government forces", null), faction(b, "Islamic State", null)),
        List.of(place(b, "Deir ez-Zor", "SY"), place(b, "Raqqa", "SY")));
    b =
        "Kurdish fighters of the YPG drove Islamic State out of Kobani on Monday after four months"
            + " of fighting, a monitor said.\n\n"
            + "Islamic State had moved reinforcements from Raqqa, its de facto capital, in January"
            + " 2015.";
    add(
        "Islamic State driven out of Kobani",
        "2015-01-27",
        "Levant Daily",
        b,
        List.of(faction(b, "YPG", "Syrian Democratic Forces"), faction(b, "Islamic State", null)),
        List.of(place(b, "Kobani", "SY"), place(b, "Raqqa", "SY")),
        date(b, "January 2015", "2015-01"));
    b =
        "Syrian government forces took the eastern districts of Aleppo after a month-long"
            + " offensive.\n\n"
            + "Rebels of the Free Syrian Army agreed to leave for Idlib with their families.";
    add(
        "Government retakes eastern Aleppo",
        "2016-12-14",
        "Northern Dispatch",
        b,
        List.of(faction(b, "Syrian government forces", null), faction(b, "Free Syrian Army", null)),
        List.of(place(b, "Aleppo", "SY"), place(b, "Idlib", "SY")));
    b =
        "Iraqi security forces declared victory in Mosul on Monday after nine months of"
            + " fighting.\n\nIslamic State still holds Tal Afar to the west.";
    add(
        "Mosul declared free of Islamic State",
        "2017-07-10",
        "Tigris Observer",
        b,
        List.of(faction(b, "Iraqi security forces", null), faction(b, "Islamic State", null)),
        List.of(place(b, "Mosul", "IQ"), place(b, "Tal Afar", "IQ")));
    b =
        "Hayat Tahrir al-Sham tightened its hold on Idlib as government forces advanced from the"
            + " south in January 2018.";
    add(
        "Rebel alliance tightens grip on Idlib",
        "2018-01-15",
        "Northern Dispatch",
        b,
        List.of(faction(b, "Hayat Tahrir al-Sham", null)),
        List.of(place(b, "Idlib", "SY")),
        date(b, "January 2018", "2018-01"));
    b =
        "A forum post shared in Aleppo quoted the markup <img src=x onerror=\"window.__pwned=1;"
            + "document.title='pwned'\"> word for word.\n\n"
            + "It went on: <script>window.__pwned=2</script> and <b>bold</b> claims about the Free"
            + " Syrian Army.";
    add(
        "A forum quoted <img src=x onerror=\"window.__pwned=3\"> and <script>window.__pwned=4"
            + "</script>",
        "2014-06-30",
        "Desert <b>Line</b>",
        b,
        List.of(faction(b, "Free Syrian Army", null)),
        List.of(place(b, "Aleppo", "SY")));
  }

  /** Writes every article into a new index in the folder. */
  PageFixture index() throws IOException {
    try (Indexer indexer =
        new Indexer(
            dir,
            new Schema(),
            new StoredArticle(JsonMapper.create()),
            f -> f.parent() == null ? Set.of() : Set.of(f.parent()))) {
      for (Article a : articles) {
        indexer.put(a);
      }
    }
    return this;
  }

  Searcher searcher(IndexView view) {
    return Pipeline.searcher(view);
  }

  private void add(
      String title,
      String published,
      String site,
      String body,
      List<FactionTag> factions,
      List<PlaceTag> places,
      DateMention... dates) {
    String slug = "a" + articles.size();
    articles.add(
        new Article(
            "fixture/" + slug + ".html",
            title,
            LocalDate.parse(published),
            "By a staff reporter",
            null,
            site,
            "https://news.example/" + slug,
            "en",
            body,
            factions,
            places,
            List.of(dates)));
  }

  private static FactionTag faction(String body, String name, String parent, String... aliases) {
    List<Mention> mentions = new ArrayList<>(mentions(body, name));
    for (String alias : aliases) {
      mentions.addAll(mentions(body, alias));
    }
    return new FactionTag(name, "armed group", parent, mentions);
  }

  private static PlaceTag place(String body, String name, String country) {
    return new PlaceTag(name, country, null, 0, 0, null, mentions(body, name));
  }

  private static DateMention date(String body, String text, String value) {
    int at = body.indexOf(text);
    String precision = value.length() == 4 ? "year" : value.length() == 7 ? "month" : "day";
    return new DateMention(value, precision, text, at, at + text.length());
  }

  /** Every place the exact text occurs, so offsets are right by construction. */
  private static List<Mention> mentions(String body, String text) {
    List<Mention> found = new ArrayList<>();
    for (int at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + text.length())) {
      found.add(new Mention(at, at + text.length(), text));
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException("'" + text + "' is not in the body");
    }
    return found;
  }
}
