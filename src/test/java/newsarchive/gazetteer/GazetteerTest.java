package newsarchive.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load();
  }

  private static String canonical(String phrase) {
    return gazetteer.resolve(phrase).map(GazetteerEntry::canonical).orElse(null);
  }

  @Test
  void islamicStateAliasesShareOneName() {
    for (String alias :
        List.of("ISIS", "ISIL", "IS", "Daesh", "Islamic State of Iraq and the Levant", "isil")) {
      assertEquals("Islamic State", canonical(alias), alias);
    }
  }

  @Test
  void nusraRenamesKeepOneIdentity() {
    for (String alias :
        List.of(
            "Jabhat al-Nusra",
            "Nusra Front",
            "Jabhat Fateh al-Sham",
            "HTS",
            "Hay’at Tahrir al-Sham")) {
      assertEquals("Hayat Tahrir al-Sham", canonical(alias), alias);
    }
    GazetteerEntry hts = gazetteer.byCanonicalName("Hayat Tahrir al-Sham").orElseThrow();
    assertEquals(GazetteerEntry.Kind.FACTION, hts.kind());
    assertEquals("armed group", hts.type());
    assertNull(hts.country());
  }

  @Test
  void pressSpellingsOfPlacesShareOneName() {
    for (String alias :
        List.of("Deir al-Zor", "Deir ez-Zor", "Dayr az Zawr", "Deir Ezzor", "DEIR EZ-ZOR")) {
      assertEquals("Deir ez-Zor", canonical(alias), alias);
    }
    for (String alias : List.of("Raqqa", "Raqqah", "Al-Raqqa", "ar-Raqqah")) {
      assertEquals("Raqqa", canonical(alias), alias);
    }
  }

  @Test
  void brigadesNameTheirParent() {
    for (String alias : List.of("Osoud al Sharqiya", "Usud al-Sharqiya", "Osoud al-Sharqiya")) {
      assertEquals("Osoud al-Sharqiya", canonical(alias), alias);
    }
    assertEquals(
        "Free Syrian Army", gazetteer.byCanonicalName("Osoud al-Sharqiya").orElseThrow().parent());
    assertEquals(
        "Free Syrian Army",
        gazetteer.byCanonicalName("Shahid Ahmad al-Abdo group").orElseThrow().parent());
  }

  @Test
  void overlayPlacesAndCountries() {
    GazetteerEntry badia = gazetteer.byCanonicalName("Badia").orElseThrow();
    assertEquals(GazetteerEntry.Kind.PLACE, badia.kind());
    assertEquals("region", badia.type());
    assertEquals("SY", badia.country());
    assertEquals("Badia", canonical("the Syrian Desert"));
    assertEquals("Qalamoun Mountains", canonical("Qalamoun mountains"));
    assertEquals("al-Tanf", canonical("Tanf"));
    GazetteerEntry jordan = gazetteer.byCanonicalName("Jordan").orElseThrow();
    assertEquals("country", jordan.type());
    assertEquals("JO", jordan.country());
    assertEquals("Syrian government forces", canonical("regime forces"));
  }

  @Test
  void unknownNamesResolveToNothing() {
    assertTrue(gazetteer.resolve("Reuters").isEmpty());
    assertTrue(gazetteer.resolve("Quxwyzt").isEmpty());
    assertTrue(gazetteer.byCanonicalName("Quxwyzt").isEmpty());
  }
}
