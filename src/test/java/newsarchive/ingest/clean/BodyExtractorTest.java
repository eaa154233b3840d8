package newsarchive.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BodyExtractorTest {
  private final HtmlCleaner cleaner = new HtmlCleaner();

  private static final String LEAD =
      "Aid convoys reached the town for the first time in a month, though officials warned that"
          + " the supplies would last only a few days.";
  private static final String FIRST =
      "Shelling resumed on the southern edge of the town on Tuesday, residents said, a day after"
          + " a truce brokered by tribal elders collapsed.";
  private static final String SECOND =
      "Local officials said two schools had closed and that families were moving north towards"
          + " the river, where camps are already full.";
  private static final String THIRD =
      "Neither side commented on the fighting, which monitors said was the heaviest in the area"
          + " since the spring.";

  /** Enough paragraphs that the body box, not the story around it, is the heaviest element. */
  private static final String BODY =
      "<p>"
          + FIRST
          + "</p><p>"
          + SECOND
          + "</p><p>"
          + THIRD
          + "</p><p>"
          + FIRST.replace("Tuesday", "Wednesday")
          + "</p>";

  private static final String TEXT =
      FIRST + "\n\n" + SECOND + "\n\n" + THIRD + "\n\n" + FIRST.replace("Tuesday", "Wednesday");

  private String body(String html) {
    return cleaner.clean(Jsoup.parse(html, "https://example.org/")).body();
  }

  @Test
  void leadSetApartAboveTheBodyBoxIsKept() {
    String html =
        "<html><body><div class='story'><h1>Convoy reaches the town</h1>"
            + "<div class='lead'><h2>"
            + LEAD
            + "</h2></div><span>Advertisement</span>"
            + "<div class='text'>"
            + BODY
            + "</div></div></body></html>";

    assertEquals(LEAD + "\n\n" + TEXT, body(html));
  }

  @Test
  void shortLineAboveTheBodyBoxIsNotTakenForALead() {
    String html =
        "<html><body><div class='story'><h1>Convoy reaches the town</h1>"
            + "<div class='kicker'>Reporting from the southern front line this week</div>"
            + "<div class='text'>"
            + BODY
            + "</div></div></body></html>";

    assertEquals(TEXT, body(html));
  }

  @Test
  void standfirstRepeatingTheDescriptionIsKept() {
    String html =
        "<html><head><meta name='description' content='"
            + LEAD
            + "'></head><body><div class='story'><h1>Convoy reaches the town</h1>"
            + "<div class='intro'><p>"
            + LEAD
            + "</p></div><div class='text'>"
            + BODY
            + "</div></div></body></html>";

    assertEquals(LEAD + "\n\n" + TEXT, body(html));
  }

  @Test
  void softHyphensAndZeroWidthSpacesAreNotKeptInWords() {
    String html =
        "<html><body><div class='text'><p>Shel\u00adling re\u00adsumed\u200b on the southern"
            + " edge of the town on Tuesday, residents said, a day after a truce brokered by tribal"
            + " elders collapsed.</p><p>"
            + SECOND
            + "</p><p>"
            + THIRD
            + "</p></div></body></html>";

    assertEquals(FIRST + "\n\n" + SECOND + "\n\n" + THIRD, body(html));
  }

  @Test
  void leadInAHeaderBoxIsKeptButNotACaptionBesideIt() {
    String caption =
        "Trucks of the first convoy wait at the checkpoint north of the town on Monday morning.";
    String html =
        "<html><body><article class='story'><header class='entry-header'>"
            + "<h1>Convoy reaches the town</h1><p class='subtitle'>"
            + LEAD
            + "</p></header><div class='wp-caption'><p>"
            + caption
            + "</p></div><div class='text'>"
            + BODY
            + "</div></article></body></html>";

    assertEquals(LEAD + "\n\n" + TEXT, body(html));
  }

  @Test
  void longSubtitleWithoutAFinalStopIsALead() {
    String subtitle =
        "Rain, storms and snow are expected today in the central and southern regions, with snow"
            + " on the mountains above 1400 metres and fair weather back within hours";
    String html =
        "<html><body><article><header class='entry-header'><h1>Cold front moves south</h1>"
            + "<p class='subtitle'>"
            + subtitle
            + "</p></header><div class='text'>"
            + BODY
            + "</div></article></body></html>";

    assertEquals(subtitle + "\n\n" + TEXT, body(html));
  }

  @Test
  void subtitleOfFourteenWordsWithoutAFinalStopIsALead() {
    String subtitle =
        "What had been rumoured for weeks has now been confirmed by the federation itself";
    String html =
        "<html><body><div class='news'><div class='article'><h3>Championships postponed</h3>"
            + "<div class='teaser-text'><p>"
            + subtitle
            + "</p></div><div class='news-text'>"
            + BODY
            + "</div></div></div></body></html>";

    assertEquals(subtitle + "\n\n" + TEXT, body(html));
  }

  @Test
  void leadStaysWhenThePagesStatedTextLeavesItOut() {
    String stated = TEXT.replace("\n\n", " ");
    String html =
        "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\","
            + " \"articleBody\": \""
            + stated
            + "\"}</script></head><body><div class='story'><h1>Convoy reaches the town</h1>"
            + "<div class='standfirst-box'><h2>"
            + LEAD
            + "</h2></div><div class='text'>"
            + BODY
            + "</div></div></body></html>";

    assertEquals(LEAD + "\n\n" + TEXT, body(html));
  }

  @Test
  void leadInTheArticlesHeaderTwoLevelsAboveTheBodyBoxIsKept() {
    String html =
        "<html><body><main><article><header><h1>Convoy reaches the town</h1>"
            + "<div class='intro'><p>"
            + LEAD
            + "</p></div></header><div class='article-body'><div class='text'>"
            + BODY
            + "</div></div></article></main><footer><p>About us</p></footer></body></html>";

    assertEquals(LEAD + "\n\n" + TEXT, body(html));
  }

  @Test
  void sidebarHoldingLessThanHalfThePagesParagraphTextIsNotTakenForTheArticle() {
    // The sidebar holds nearly as much paragraph text as the short article, more than two fifths
    // of the page's but not most of it: its furniture name stands.
    String side =
        "By filling in this form you will be added to our mailing list and receive our news once"
            + " a week. You can unsubscribe at any time with the link at the foot of every message,"
            + " and we will never pass your address on to anyone else for any reason at all.";
    String html =
        "<html><body><div class='page'><div class='main'><p>"
            + FIRST
            + "</p><p>"
            + SECOND
            + "</p></div><div class='aside'><h3>Stay informed</h3><p>"
            + side
            + "</p></div></div><footer><p>About us</p></footer></body></html>";

    assertEquals(FIRST + "\n\n" + SECOND, body(html));
  }
}
