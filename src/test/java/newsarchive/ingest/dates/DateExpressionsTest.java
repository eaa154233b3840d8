package newsarchive.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateExpressionsTest {
  private final DateExpressions multilingual =
      new DateExpressions(MonthNames.multilingual(), true, false);

  private List<String> days(String text, boolean monthFirst) {
    return multilingual.find(text, monthFirst).stream()
        .map(d -> d.date() + "/" + d.precision().label())
        .toList();
  }

  @Test
  void writtenDatesInSeveralLanguages() {
    assertEquals(
        List.of(
            "2017-05-29/day",
            "2019-03-01/day",
            "2020-03-05/day",
            "2021-10-16/day",
            "2023-11-08/day",
            "2017-05-29/day",
            "2016-03-01/month"),
        days(
            "29. Mai 2017; 1er mars 2019; 5 de marzo de 2020; 16 октября 2021; Nov. 8, 2023;"
                + " 2017年5月29日; März 2016",
            false));
  }

  @Test
  void numericDatesFollowTheLanguageOnlyWhenAmbiguous() {
    assertEquals(List.of("2017-05-29/day", "2017-05-06/day"), days("29/05/2017 05/06/2017", true));
    assertEquals(List.of("2017-05-29/day", "2017-06-05/day"), days("29.05.2017 05/06/2017", false));
    assertEquals(List.of("2019-10-16/day"), days("2019-10-16T17:05:00+02:00", false));
  }

  @Test
  void wordsThatAreNoMonthsAndVersionNumbersAreNoDates() {
    assertEquals(List.of(), days("12 Jahre 2017 lang; version 10.1.2.2013; am 30. Februar", false));
  }

  @Test
  void inProseOnlyCapitalisedMonthsCountAndAnyWordMayPrecedeADate() {
    DateExpressions prose = new DateExpressions(MonthNames.english(), false, true);
    assertEquals(
        List.of("2017-03-01/month", "2017-05-29/day", "2017-05-30/day", "2018-01-01/month"),
        prose
            .find(
                "in march 2017 and in March 2017; Operation 29 May 2017, Ops May 30, 2017 "
                    + "and Report January 2018",
                false)
            .stream()
            .map(d -> d.date() + "/" + d.precision().label())
            .toList());
  }
}
