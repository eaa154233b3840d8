package newsarchive.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HeadlineTest {
  @Test
  void headingThatIsTheDeclaredTitleBeatsTheLogoInTheFirstH1() {
    Document doc =
        Jsoup.parse(
            "<html><head><title>Cold wave alert for Tuesday l KBS WORLD</title>"
                + "<meta property='og:title' content='Cold wave alert for Tuesday'></head><body>"
                + "<header><h1>KBS WORLD</h1></header>"
                + "<section><h1>Cold wave alert for Tuesday</h1><p>Text.</p></section></body></html>");
    Headline headline = Headline.of(doc);
    assertEquals("Cold wave alert for Tuesday", headline.element().text());
    assertTrue(headline.isHeldBy(doc.selectFirst("section")));
    assertFalse(headline.isHeldBy(doc.selectFirst("header")));
  }

  @Test
  void blogPostTitleInAnH3MatchesTheTitleAfterTheBlogsName() {
    Document doc =
        Jsoup.parse(
            "<html><head><title>Leseblog: Ein Sommer in Irland</title></head><body>"
                + "<h2>Rubriken</h2><h3>Ein Sommer in Irland</h3><h3>Archiv</h3></body></html>");
    assertEquals("Ein Sommer in Irland", Headline.of(doc).element().text());
  }

  @Test
  void dashesAndQuotesDoNotKeepAHeadingFromItsTitle() {
    Document doc =
        Jsoup.parse(
            "<html><head><title>Die Zukunft der Arbeit - \"Wir dekorieren um\"</title></head>"
                + "<body><h1></h1><h1>Deutschlandfunk</h1>"
                + "<h1>Die Zukunft der Arbeit<br>„Wir dekorieren um“</h1></body></html>");
    assertEquals("Die Zukunft der Arbeit „Wir dekorieren um“", Headline.of(doc).element().text());
  }

  @Test
  void withoutAMatchingHeadingTheFirstH1WithTextStandsIn() {
    Document doc =
        Jsoup.parse(
            "<html><head><title>Something else entirely</title></head>"
                + "<body><h1> </h1><h2>Intro</h2><h1>Wetter</h1></body></html>");
    assertEquals("Wetter", Headline.of(doc).element().text());
  }

  @Test
  void pageWithoutHeadingsHasNoHeadline() {
    Headline headline = Headline.of(Jsoup.parse("<p>Nothing to go by.</p>"));
    assertNull(headline.element());
    assertFalse(headline.isHeldBy(null));
  }
}
