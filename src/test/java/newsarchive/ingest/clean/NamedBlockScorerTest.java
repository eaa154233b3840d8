package newsarchive.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class NamedBlockScorerTest {
  private final HtmlCleaner cleaner = new HtmlCleaner();

  private static final String FIRST =
      "Shelling resumed on the southern edge of the town on Tuesday, residents said, a day after"
          + " a truce brokered by tribal elders collapsed.";
  private static final String SECOND =
      "Local officials said two schools had closed and that families were moving north towards"
          + " the river, where camps are already full.";
  private static final String THIRD =
      "Neither side commented on the fighting, which monitors said was the heaviest in the area"
          + " since the spring.";

  private String body(String html) {
    return cleaner.clean(Jsoup.parse(html, "https://example.org/")).body();
  }

  @Test
  void articleContainerNamedLikeAWidgetKeepsItsTextAndTheRelatedListIsDropped() {
    String html =
        "<html><body><div class='menu'><a href=/a>Home</a> <a href=/b>World</a></div>"
            + "<div class='post status-publish publish-widget'><h1>Truce collapses</h1>"
            + "<p>"
            + FIRST
            + "</p><p>"
            + SECOND
            + "</p><p>"
            + THIRD
            + "</p></div><div class='related-stories'>"
            + "<p><a href=/1>Convoy reaches the besieged northern districts after weeks of talks</a></p>"
            + "<p><a href=/2>Elders meet again as both sides accuse each other of breaking truce</a></p>"
            + "<p><a href=/3>Prices of bread and fuel double in the markets of the eastern towns</a></p>"
            + "<p><a href=/4>Schools reopen in the west as families return to their damaged homes</a></p>"
            + "<p><a href=/5>Monitors count the dead and wounded of a month of shelling in the south</a></p>"
            + "</div>"
            + "</body></html>";

    assertEquals(FIRST + "\n\n" + SECOND + "\n\n" + THIRD, body(html));
  }

  @Test
  void longCommentThreadDoesNotCostTheArticleItsText() {
    StringBuilder comments = new StringBuilder("<div id='comments' class='comments-area'>");
    for (int i = 0; i < 8; i++) {
      comments
          .append("<div class='comment-body'><p>I have read reports like this for years and")
          .append(" nothing changes, the world keeps looking away while people suffer, comment ")
          .append(i)
          .append(".</p></div>");
    }
    comments.append("</div>");
    String html =
        "<html><body><div class='hentry status-publish'><h1>Truce collapses</h1>"
            + "<div class='entry-content'><p>"
            + FIRST
            + "</p><p>"
            + SECOND
            + "</p><p>"
            + THIRD
            + "</p></div></div>"
            + comments
            + "</body></html>";

    assertEquals(FIRST + "\n\n" + SECOND + "\n\n" + THIRD, body(html));
  }

  @Test
  void shareBarInsideTheArticleIsStillDropped() {
    String html =
        "<html><body><div class='post-widget'><h1>Truce collapses</h1><p>"
            + FIRST
            + "</p><p>"
            + SECOND
            + "</p><div class='share-tools'>Share this story with your friends today.</div><p>"
            + THIRD
            + "</p></div></body></html>";

    assertEquals(FIRST + "\n\n" + SECOND + "\n\n" + THIRD, body(html));
  }

  @Test
  void articleCutIntoSectionsAllNamedForAdsIsNotRejected() {
    String html =
        "<html><body><div class='menu'><a href=/a>Home</a> <a href=/b>World</a></div>"
            + "<article class='report'><h1>Truce collapses</h1>"
            + "<section class='report-section section--ads'><p>"
            + FIRST
            + "</p></section><section class='report-section section--ads'><p>"
            + SECOND
            + "</p></section><section class='report-section section--ads'><p>"
            + THIRD
            + "</p></section></article></body></html>";

    assertEquals(FIRST + "\n\n" + SECOND + "\n\n" + THIRD, body(html));
  }
}
