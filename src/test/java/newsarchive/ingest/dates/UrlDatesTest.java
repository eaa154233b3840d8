package newsarchive.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UrlDatesTest {
  private final UrlDates urls = new UrlDates(new DateValues(LocalDate.of(2024, 1, 1)));

  @Test
  void commonAddressForms() {
    assertEquals(
        LocalDate.of(2017, 7, 12), urls.day("https://example.org/home/2017/7/12/unter-uns"));
    assertEquals(
        LocalDate.of(2020, 1, 6), urls.day("https://example.org/news/2020-01-06-goats.html"));
    assertEquals(LocalDate.of(2019, 6, 24), urls.day("https://example.org/a/20190624/story"));
    assertEquals(LocalDate.of(2021, 10, 29), urls.day("https://example.org/meldungen/29-10-2021"));
  }

  @Test
  void articleNumbersMonthsAndArchiveCapturesAreNoDays() {
    assertNull(urls.day("https://example.org/artikel/1136087.mietenstreik.html"));
    assertNull(urls.day("https://example.org/2021/10/liste.html"));
    assertNull(urls.day("https://web.archive.org/web/20131110121040/http://example.org/noten/"));
    assertNull(urls.day("https://example.org/2025/01/02/from-the-future/"));
    assertNull(urls.day(null));
  }
}
