package newsarchive.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PublicationDateFinderTest {
  private final PublicationDateFinder finder = new PublicationDateFinder(LocalDate.of(2024, 1, 1));

  private static Document page(String name) throws IOException {
    try (InputStream in = PublicationDateFinderTest.class.getResourceAsStream("/pages/" + name)) {
      return Jsoup.parse(in, null, "https://example.org/");
    }
  }

  private static Optional<LocalDate> day(String iso) {
    return Optional.of(LocalDate.parse(iso));
  }

  @Test
  void jsonLdPublicationDateWinsOverModifiedAndSidebarDates() throws IOException {
    assertEquals(day("2017-05-29"), finder.find(page("jsonld-article.html"), null));
  }

  @Test
  void utcInstantBecomesThePublishersDayShownInTheByline() throws IOException {
    // 03:28 UTC on 9 November is the evening of 8 November in New York, as the byline says;
    // the site header's "today" above the headline does not count.
    assertEquals(day("2023-11-08"), finder.find(page("utc-meta-us.html"), null));
  }

  @Test
  void dayShownAndTimedThroughoutBeatsADifferentDeclaredDay() {
    // The CMS's meta tag kept the day the draft was made; the page shows one day everywhere.
    String html =
        "<html><head><meta property='article:published_time' content='2022-01-15'></head><body>"
            + "<h1>Schneesport mit Rücksicht</h1><time>25.01.2022</time>"
            + "<p>Wildtiere brauchen im Winter Ruhe.</p>"
            + "<p class='info'>Stand: 25.01.2022</p></body></html>";
    assertEquals(day("2022-01-25"), finder.find(Jsoup.parse(html, "https://example.org/"), null));
  }

  @Test
  void declaredDayStandsWhenThePageShowsSeveralDays() {
    String html =
        "<html><head><meta property='article:published_time' content='2022-01-15'></head><body>"
            + "<h1>Schneesport mit Rücksicht</h1><time>25.01.2022</time>"
            + "<p>Wildtiere brauchen im Winter Ruhe.</p>"
            + "<p class='info'>Stand: 20.01.2022</p></body></html>";
    assertEquals(day("2022-01-15"), finder.find(Jsoup.parse(html, "https://example.org/"), null));
  }

  @Test
  void blogWidgetHoldingThePostIsNoSidebar() {
    // Blog platforms wrap the post in a "widget"; the archive widget beside it is still foreign,
    // and a date in the post's text (a book's release) is not the post's.
    String html =
        "<html><head><title>Leseblog: Ein Sommer in Irland</title></head><body>"
            + "<div class='widget BlogArchive'><span class='date'>01.01.2020</span></div>"
            + "<div class='widget Blog'><h2 class='date-header'>Samstag, 9. September 2017</h2>"
            + "<h3 class='post-title'>Ein Sommer in Irland</h3>"
            + "<div class='post-body'><p>Erscheinungsdatum: 14.08.2017</p></div></div>"
            + "</body></html>";
    assertEquals(day("2017-09-09"), finder.find(Jsoup.parse(html, "https://example.org/"), null));
  }

  @Test
  void dayInTheArticlesOwnFooterIsTheArticlesDay() {
    String html =
        "<html><body><h1>Spring fair</h1><div class='entry-content'>"
            + "<p>The fair opens on 12 May 2021 in the old town.</p></div>"
            + "<div class='entry-footer'><span class='date'>03.03.2021</span></div>"
            + "<footer><span class='date'>Impressum 01.01.2024</span></footer></body></html>";
    assertEquals(day("2021-03-03"), finder.find(Jsoup.parse(html, "https://example.org/"), null));
  }

  @Test
  void bylineWithWrittenAndUpdatedDaysGivesTheWrittenOne() {
    String html =
        "<html><body><h1>Cold wave alert</h1>"
            + "<p class='date'>Written: 2023-11-07 15:03 Updated: 2023-11-08 09:30</p>"
            + "<p>Temperatures will fall.</p>"
            + "<section><p class='date'>2023-11-03</p></section></body></html>";
    assertEquals(day("2023-11-07"), finder.find(Jsoup.parse(html, "https://example.org/"), null));
  }

  @Test
  void dayMarkedAsTheLastUpdateIsPassedOver() {
    String html =
        "<html><body><h1>Zoonosen</h1><span class='meta'>Aktualisiert: 11.04.2020</span>"
            + "<span class='meta'>Publiziert: 03.04.2020, 12:35</span></body></html>";
    assertEquals(day("2020-04-03"), finder.find(Jsoup.parse(html, "https://example.org/"), null));
  }

  @Test
  void sitesTodayInATimeAboveTheHeadlineIsNotTheArticlesDay() {
    String html =
        "<html><body><div id='head'><time datetime='2023-11-01T13:56:20+01:00'>"
            + "Mittwoch, 01. November 2023</time></div><h1>Über Dragqueens</h1>"
            + "<p><span class='text_datum'>31. Oktober 2023.</span> Eine Kolumne.</p></body></html>";
    assertEquals(day("2023-10-31"), finder.find(Jsoup.parse(html, "https://example.org/"), null));
  }

  @Test
  void declaredModificationDayIsNeverThePublicationDay() {
    String html =
        "<html><head><meta property='article:modified_time' content='2022-05-01T09:00:00+02:00'>"
            + "<script>window.state = {\"published_at\": \"2021-03-03T10:00:00+01:00\"};</script>"
            + "</head><body><h1>Kaffee aus Sidamo</h1><p>Ein Porträt.</p></body></html>";
    assertEquals(day("2021-03-03"), finder.find(Jsoup.parse(html, "https://example.org/"), null));
  }

  @Test
  void germanBylineIsReadWhenThePageDeclaresNothing() throws IOException {
    assertEquals(day("2021-03-12"), finder.find(page("german-byline.html"), null));
  }

  @Test
  void labelledDateInTextBeatsEventDatesNearTheHeadline() throws IOException {
    assertEquals(day("2017-10-09"), finder.find(page("labelled-text.html"), null));
  }

  @Test
  void dayLabelledAsTheLastUpdateGetsNoPreferenceInText() {
    String html =
        "<html><body><h1>Ausstellung zur Altstadt</h1>"
            + "<p>Die Ausstellung wurde am 6. Oktober 2017 eröffnet.</p>"
            + "<p>Fotografien aus fünf Jahrzehnten, dazu Führungen und Vorträge für Schulen und"
            + " Vereine, jeden Samstag und Sonntag.</p>"
            + "<p>Ihr Pfad: Startseite › Kultur [Stand: 15.11.2017]</p></body></html>";
    assertEquals(day("2017-10-06"), finder.find(Jsoup.parse(html, "https://example.org/"), null));
  }

  @Test
  void pageWithoutDateGivesNothingNotItsCopyrightYear() throws IOException {
    assertEquals(Optional.empty(), finder.find(page("no-date.html"), null));
  }

  @Test
  void dateInTheAddressIsUsedWhenThePageHasNone() throws IOException {
    String url = "https://example.org/news/2016/12/23/rebels-retake-town/";
    assertEquals(day("2016-12-23"), finder.find(page("no-date.html"), url));
  }

  @Test
  void archiveCaptureTimeIsNotThePublicationDate() throws IOException {
    String url = "https://web.archive.org/web/20190510093000/https://example.org/about/";
    assertEquals(Optional.empty(), finder.find(page("no-date.html"), url));
  }

  @Test
  void datesAfterTheLatestAllowedDayAreRefused() throws IOException {
    PublicationDateFinder early = new PublicationDateFinder(LocalDate.of(2017, 1, 1));
    assertEquals(Optional.empty(), early.find(page("jsonld-article.html"), null));
  }

  @Test
  void plainTextOpeningWithAStampedDate() {
    assertEquals(
        day("2017-04-05"),
        finder.findInText(
            "Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use."));
  }

  @Test
  void plainTextExportWithTitleAndAgencyBeforeTheStamp() {
    assertEquals(
        day("2014-03-30"),
        finder.findInText(
            "More than 50 Syria rebels jihadists killed NGO AFP Sunday 30 Mar 2014 More than 50"
                + " rebels were killed."));
  }

  @Test
  void plainTextDateline() {
    assertEquals(
        day("2017-05-29"),
        finder.findInText(
            "Syrian rebels seize swathes of south\n\nBEIRUT, May 29, 2017 (Reuters) - Syrian rebels"
                + " have seized large areas from Islamic State in the south of the country in a"
                + " fortnight of fighting, commanders say."));
  }

  @Test
  void plainTextWithDatesOnlyInsideProseGivesNothing() {
    assertEquals(
        Optional.empty(),
        finder.findInText(
            "Syrian rebels have seized large areas from Islamic State in southern Syria since the"
                + " offensive began on 14 February 2017, rebel commanders say, and they expect to"
                + " reach the border soon."));
  }
}
