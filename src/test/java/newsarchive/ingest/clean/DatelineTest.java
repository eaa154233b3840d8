package newsarchive.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatelineTest {
  @Test
  void capitalPlaceWithAgency() {
    assertEquals(
        Optional.of("AMMAN"), Dateline.find("AMMAN (Reuters) - Syrian rebels said on Monday."));
  }

  @Test
  void capitalPlaceWithDateAndAgency() {
    assertEquals(
        Optional.of("BEIRUT"), Dateline.find("BEIRUT, Jan 5 (Reuters) - Shelling resumed."));
  }

  @Test
  void capitalPlaceWithCountryAgencyAndEmDash() {
    assertEquals(
        Optional.of("DAMASCUS"), Dateline.find("DAMASCUS, Syria (AP) — A car bomb exploded."));
  }

  @Test
  void ordinaryCasePlaceWithCountry() {
    assertEquals(Optional.of("Raqqa"), Dateline.find("Raqqa, Syria - The last fighters left."));
  }

  @Test
  void placeOfSeveralWords() {
    assertEquals(
        Optional.of("NEW YORK"), Dateline.find("NEW YORK (Reuters) - Oil prices rose on Friday."));
  }

  @Test
  void ordinaryWordAndDashIsNotADateline() {
    assertEquals(Optional.empty(), Dateline.find("Meanwhile - the rebels moved north."));
  }

  @Test
  void datelineLaterInTheParagraphDoesNotCount() {
    assertEquals(
        Optional.empty(), Dateline.find("Officials said AMMAN (Reuters) - was the source."));
  }

  @Test
  void datelineInSecondParagraphDoesNotCount() {
    assertEquals(
        Optional.empty(), Dateline.find("A first paragraph.\n\nAMMAN (Reuters) - Later text."));
  }

  @Test
  void emptyBodyHasNoDateline() {
    assertEquals(Optional.empty(), Dateline.find(""));
  }
}
