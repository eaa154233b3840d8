package newsarchive.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateExtractorTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2017, 5, 31); // a Wednesday

  private final DateExtractor extractor = new DateExtractor();

  /** value/precision/text triples, which read better in expectations than whole records. */
  private List<String> found(String body, LocalDate published) {
    return extractor.extract(body, published).stream()
        .map(d -> d.value() + " " + d.precision() + " [" + d.text() + "]")
        .toList();
  }

  @Test
  void absoluteDatesWithTheirPrecision() {
    assertEquals(
        List.of(
            "2017-02 month [February 2017]",
            "2017-05-29 day [29 May 2017]",
            "2017-05-29 day [May 29, 2017]",
            "2014 year [2014]"),
        found(
            "Fighters near al-Bab, February 2017. The talks ended on 29 May 2017 (or May 29, 2017"
                + " in American style). The group has lost what it held in 2014.",
            null));
  }

  @Test
  void numbersThatOnlyLookLikeYearsAreNotDates() {
    assertEquals(
        List.of(),
        found(
            "The raids killed 2014 people and displaced 12,014 more; the convoy left at 2014 GMT."
                + " Prices rose 2019.5 percent in the 1990s.",
            null));
  }

  @Test
  void yearsAfterPrepositionsAndInRanges() {
    assertEquals(
        List.of("2011 year [2011]", "2013 year [2013]", "2015 year [2015]"),
        found("Since 2011 the war has changed; between 2013 and 2015 the group grew.", null));
  }

  @Test
  void relativeDatesResolvedAgainstPublication() {
    assertEquals(
        List.of(
            "2016 year [last year]",
            "2017-05-17 day [two weeks ago]",
            "2017-05-30 day [Tuesday]",
            "2017-05-30 day [yesterday]",
            "2017-04 month [last month]",
            "2017-05 month [earlier this month]"),
        found(
            "The town fell last year. Fighting resumed two weeks ago and rebels said on Tuesday"
                + " that a convoy arrived yesterday. Talks failed last month and again earlier"
                + " this month.",
            PUBLISHED));
  }

  @Test
  void weekdayOnThePublicationDayIsThatDay() {
    assertEquals(
        List.of("2017-05-31 day [Wednesday]", "2017-05-24 day [last Wednesday]"),
        found(
            "Officials said on Wednesday that the strike last Wednesday hit a school.", PUBLISHED));
  }

  @Test
  void monthsAndDaysWithoutYearTakeThePublicationYear() {
    assertEquals(
        List.of("2016-12 month [December]", "2017-03 month [March]", "2017-05-02 day [May 2]"),
        found(
            "The army advanced in December and again in March; the ceasefire began on May 2.",
            PUBLISHED));
  }

  @Test
  void relativeDatesAreSkippedWithoutPublicationDate() {
    assertEquals(
        List.of("2017-05-29 day [29 May 2017]"),
        found("Rebels said on Tuesday, 29 May 2017, that talks failed last year.", null));
  }

  @Test
  void durationsAreNotDates() {
    assertEquals(
        List.of(),
        found(
            "After 16 days of battles and five months of siege, the town fell. Over the last few"
                + " months, and over the last year, aid has been scarce; in the past two weeks"
                + " prices doubled.",
            PUBLISHED));
  }

  @Test
  void offsetsIndexTheBodyInUtf16() {
    String body = "Raqqa 🛰 — ⁠the strike on 3 June 2017 killed 12.";
    List<DateMention> dates = extractor.extract(body, null);
    assertEquals(1, dates.size());
    DateMention date = dates.getFirst();
    assertEquals("2017-06-03", date.value());
    assertEquals(body.substring(date.start(), date.end()), date.text());
    assertEquals(body.indexOf("3 June"), date.start());
  }
}
