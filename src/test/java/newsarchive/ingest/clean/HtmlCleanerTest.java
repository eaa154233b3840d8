package newsarchive.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlCleanerTest {
  private final HtmlCleaner cleaner = new HtmlCleaner();

  private static Document page(String name) throws IOException {
    try (InputStream in = HtmlCleanerTest.class.getResourceAsStream("/pages/" + name)) {
      return Jsoup.parse(in, "UTF-8", "https://example.org/");
    }
  }

  @Test
  void
      wireStoryKeepsStandfirstAndParagraphsAndDropsNavShareBarCaptionAdsRelatedNewsletterAndComments()
          throws IOException {
    CleanPage page = cleaner.clean(page("wire-story.html"));

    assertEquals(
        "Fighters backed by the coalition said they had reopened the road after two days of"
            + " clashes.\n\n"
            + "AMMAN (Reuters) - Syrian rebels backed by the U.S.-led coalition said on Monday they had"
            + " retaken a supply road east of Deir al-Zor after two days of fighting with Islamic"
            + " State militants.\n\n"
            + "The road links the city to the Iraqi border and has been cut since February,"
            + " commanders said, leaving thousands of families without regular deliveries of food"
            + " and fuel.\n\n"
            + "“We opened the road this morning and the first trucks are already moving,” a"
            + " commander of the Osoud al-Sharqiya group told reporters by telephone from the"
            + " desert.\n\n"
            + "The coalition did not comment on the operation, but a spokesman said its aircraft"
            + " had carried out several strikes in the area over the weekend.\n\n"
            + "Aid groups said they hoped to send convoys along the road later this week if the"
            + " fighting did not resume.",
        page.body());
    assertEquals("Rebels retake supply road near Deir al-Zor", page.title());
    assertEquals("Lina Haddad", page.byline());
    assertEquals("Levant Wire", page.site());
    assertEquals("https://levantwire.example/world/rebels-retake-supply-road", page.url());
    assertEquals("en", page.language());
  }

  @Test
  void blogPostKeepsHeadingsListAndQuoteButNotSharingRelatedPostsCommentsOrSidebar()
      throws IOException {
    CleanPage page = cleaner.clean(page("field-blog.html"));

    assertEquals(
        "When the engineers first walked into the pumping hall, the floor was covered in broken"
            + " glass and the smell of diesel. Nobody had run the machines for almost a year.\n\n"
            + "What was left\n\n"
            + "Two of the six pumps could be repaired with parts from the others. The rest had been"
            + " stripped of their copper windings, which fetch a good price in the markets of the"
            + " north.\n\n"
            + "two pumps repaired within a month\n\n"
            + "one generator brought from Tabqa\n\n"
            + "new chlorine tanks donated by a charity\n\n"
            + "People came every morning to ask when the water would come back, and every morning"
            + " we said next week.\n\n"
            + "By the end of the summer, the station was sending water to about half of the city's"
            + " neighbourhoods for four hours a day.\n\n"
            + "The work is far from finished, and the engineers expect the other pumps to take"
            + " another year.",
        page.body());
    assertEquals("Rebuilding the water station in Raqqa, one pump at a time", page.title());
    assertEquals("Sam Fielding", page.byline());
    assertEquals("Field Notes", page.site());
    assertNull(page.url());
    assertEquals("en", page.language());
  }

  @Test
  void paperWithLineBreakParagraphsDropsCookieDialogVideoReadAlsoTagsAndMostRead()
      throws IOException {
    CleanPage page = cleaner.clean(page("regional-paper.html"));

    assertEquals(
        "Des milliers de familles ont repris la route du retour vers les villages de la vallée de"
            + " l'Euphrate, selon les organisations humanitaires présentes dans la région.\n\n"
            + "Beaucoup découvrent des maisons endommagées et des champs minés, mais disent"
            + " préférer rentrer plutôt que de passer un nouvel hiver sous la tente.\n\n"
            + "« Nous avons attendu deux ans, nous ne pouvions plus attendre », raconte une mère de"
            + " cinq enfants rencontrée à un point de contrôle au sud de la ville.\n\n"
            + "Les autorités locales estiment qu'il faudra au moins un an pour rétablir"
            + " l'électricité dans les villages les plus touchés par les combats.",
        page.body());
    assertEquals("Les déplacés de Deir ez-Zor rentrent chez eux", page.title());
    assertEquals("Claire Martin", page.byline());
    assertEquals("Le Journal du Levant", page.site());
    assertEquals("https://journal-levant.example/monde/deplaces-deir-ez-zor", page.url());
    assertEquals("fr", page.language());
  }

  @Test
  void cleaningLeavesTheCallersDocumentUnchanged() throws IOException {
    Document doc = page("wire-story.html");
    String before = doc.outerHtml();

    cleaner.clean(doc);

    assertEquals(before, doc.outerHtml());
  }

  @Test
  void pageWithoutTitleOrTextGivesEmptyTitleAndBodyAndEnglish() {
    CleanPage page = cleaner.clean(Jsoup.parse("<html><body><nav><a href=/>Home</a></nav>"));

    assertEquals("", page.title());
    assertEquals("", page.body());
    assertNull(page.byline());
    assertNull(page.site());
    assertNull(page.url());
    assertEquals("en", page.language());
  }

  @Test
  void statedArticleBodyPicksTheParagraphsItContains() {
    String html =
        "<html><head><script type=application/ld+json>{\"@type\": \"NewsArticle\","
            + " \"headline\": \"Convoy reaches Rukban\", \"articleBody\": \"An aid convoy reached"
            + " the Rukban camp on Sunday after months of delay. The United Nations said forty"
            + " trucks carried food, medicine and blankets for the winter. Residents said the"
            + " supplies would last only a few weeks and asked for a regular route.\"}</script>"
            + "</head><body><div class=teasers><p>Another story about the markets of Damascus"
            + " reopening after the holiday, with photos and long interviews of shop owners"
            + " and buyers from all over the city and the countryside.</p></div><div class=x>"
            + "<p>An aid convoy reached the Rukban camp on Sunday after months of delay.</p>"
            + "<p>The United Nations said forty trucks carried food, medicine and blankets for the"
            + " winter.</p><p>Residents said the supplies would last only a few weeks and asked"
            + " for a regular route.</p></div></body></html>";

    CleanPage page = cleaner.clean(Jsoup.parse(html));

    assertEquals(
        "An aid convoy reached the Rukban camp on Sunday after months of delay.\n\n"
            + "The United Nations said forty trucks carried food, medicine and blankets for the"
            + " winter.\n\n"
            + "Residents said the supplies would last only a few weeks and asked for a regular"
            + " route.",
        page.body());
    assertEquals("Convoy reaches Rukban", page.title());
  }
}
