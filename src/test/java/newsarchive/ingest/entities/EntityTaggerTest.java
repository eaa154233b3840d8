package newsarchive.ingest.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import newsarchive.gazetteer.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityTaggerTest {

  private static EntityTagger tagger;

  @BeforeAll
  static void load() {
    tagger = new EntityTagger(Gazetteer.load());
  }

  // Our own sentences, naming what the Reuters seed article names.
  private static final String REPORT =
      "AMMAN (Reuters) - Rebels pushed Islamic State out of the desert near Bir Qassab.\n\n"
          + "Free Syrian Army (FSA) units, among them Osoud al Sharqiya and the Shahid Ahmad"
          + " al-Abdo group, advanced across the Badia and the Qalamoun mountains.\n\n"
          + "The Syrian army and the U.S.-led coalition fought apart; the Syrian Democratic Forces"
          + " (SDF) moved on Raqqa while Iraqi troops held Mosul.\n\n"
          + "Fighters fled to Deir al-Zor, to al-Bab and toward Damascus, Jordan and Iraq, said"
          + " Talas al Salameh, a commander, to Reuters. Turkey-backed units stayed north in\n"
          + "Syria";

  private static Set<String> factions(String text) {
    return tagger.tag(text).factions().stream().map(FactionTag::name).collect(Collectors.toSet());
  }

  private static Set<String> places(String text) {
    return tagger.tag(text).locations().stream().map(PlaceTag::name).collect(Collectors.toSet());
  }

  private static PlaceTag place(String text, String name) {
    return tagger.tag(text).locations().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void findsTheFactionsOfAReportByCanonicalName() {
    assertEquals(
        Set.of(
            "Islamic State",
            "Free Syrian Army",
            "Osoud al-Sharqiya",
            "Shahid Ahmad al-Abdo group",
            "Syrian government forces",
            "U.S.-led coalition",
            "Syrian Democratic Forces",
            "Iraqi security forces"),
        factions(REPORT));
  }

  @Test
  void findsThePlacesOfAReportAndNothingElse() {
    assertEquals(
        Set.of(
            "Amman",
            "Bir Qassab",
            "Badia",
            "Qalamoun Mountains",
            "Raqqa",
            "Mosul",
            "Deir ez-Zor",
            "al-Bab",
            "Damascus",
            "Jordan",
            "Iraq",
            "Syria"),
        places(REPORT));
  }

  @Test
  void brigadesCarryTheirParentAndEveryMention() {
    Entities entities = tagger.tag(REPORT);
    FactionTag osoud =
        entities.factions().stream()
            .filter(f -> f.name().equals("Osoud al-Sharqiya"))
            .findFirst()
            .orElseThrow();
    assertEquals("Free Syrian Army", osoud.parent());
    assertEquals("armed group", osoud.type());
    int start = REPORT.indexOf("Osoud al Sharqiya");
    assertEquals(List.of(new Mention(start, start + 17, "Osoud al Sharqiya")), osoud.mentions());
    FactionTag fsa =
        entities.factions().stream()
            .filter(f -> f.name().equals("Free Syrian Army"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("Free Syrian Army", "FSA"), fsa.mentions().stream().map(Mention::text).toList());
  }

  @Test
  void placeTagsCarryCountryDivisionCoordinatesAndId() {
    PlaceTag raqqa = place(REPORT, "Raqqa");
    assertEquals("SY", raqqa.country());
    assertEquals("Ar-Raqqah", raqqa.admin1());
    assertEquals(172955L, raqqa.geonameId());
    assertEquals(35.95, raqqa.lat(), 0.01);
    assertEquals(39.01, raqqa.lon(), 0.01);
    PlaceTag syria = place(REPORT, "Syria");
    assertNull(syria.admin1());
    assertEquals("SY", syria.country());
    int end = REPORT.length();
    assertEquals(List.of(new Mention(end - 5, end, "Syria")), syria.mentions());
    assertEquals(List.of(new Mention(0, 5, "AMMAN")), place(REPORT, "Amman").mentions());
    assertNull(place(REPORT, "Bir Qassab").geonameId());
    assertEquals("Deir al-Zor", place(REPORT, "Deir ez-Zor").mentions().get(0).text());
  }

  @Test
  void theVerbIsIsNeverTheIslamicState() {
    assertEquals(Set.of(), factions("It is what it is. Is it over? This is"));
    assertEquals(
        Set.of("Islamic State"), factions("IS fighters, Daesh and ISIL: ISIS is one group."));
  }

  @Test
  void personsAreNotPlaces() {
    assertEquals(Set.of(), places("Michael Jordan scored. President Assad spoke."));
    assertEquals(Set.of(), places("said Talas al Salameh, and Mr. Hama agreed with Hassan Homs."));
    assertEquals(Set.of("Jordan"), places("Refugees crossed into Jordan."));
  }

  private static List<String> factionTexts(String text) {
    return tagger.tag(text).factions().stream()
        .flatMap(f -> f.mentions().stream().map(m -> f.name() + ": " + m.text()))
        .toList();
  }

  @Test
  void descriptionsNameTheGovernmentOfTheArticlesSetting() {
    assertEquals(
        List.of(
            "Syrian government forces: regime",
            "Syrian government forces: Assad regime",
            "Syrian government forces: regime forces",
            "Syrian government forces: government troops"),
        factionTexts(
            "The regime shelled Douma. The Assad regime denied it, and regime forces advanced"
                + " while government troops held Homs."));
    assertEquals(
        List.of("Iraqi security forces: Government forces"),
        factionTexts("Government forces entered Mosul, Iraq."));
    assertEquals(List.of(), factionTexts("The regime in Pyongyang tested a missile."));
  }

  @Test
  void theCoalitionIsTheOneTheArticleNamesOrTheOneFightingInItsSetting() {
    assertEquals(
        List.of("U.S.-led coalition: coalition", "U.S.-led coalition: Coalition forces"),
        factionTexts("The coalition struck Raqqa, and Coalition forces moved east."));
    assertEquals(
        List.of("Saudi-led coalition: Saudi-led coalition", "Saudi-led coalition: coalition"),
        factionTexts("The Saudi-led coalition struck Sanaa. The coalition said it hit a depot."));
    assertEquals(List.of(), factionTexts("The coalition government in Berlin fell."));
    assertEquals(List.of(), factionTexts("Rebels in Raqqa formed the coalition that took it."));
  }

  @Test
  void operationsAreNotPartiesAndLongerNamesAreOtherGroups() {
    assertEquals(
        Set.of("U.S.-led coalition"),
        factions("The Global Coalition said Operation Inherent Resolve would go on in Syria."));
    assertEquals(
        Set.of("Jarablus"), places("Troops began Operation Euphrates Shield near Jarablus."));
    assertEquals(
        Set.of(), factions("The Kurdistan Democratic Party of Syria met in Qamishli on Monday."));
    assertEquals(
        Set.of("Islamic State"),
        factions("Islamic State Khorasan Province is not Islamic State in Syria."));
    assertEquals(
        Set.of("Free Syrian Army", "Southern Front"),
        factions("The FSA's Southern Front took Bosra."));
  }

  @Test
  void aSurnameOnceIsASurnameThroughoutTheArticle() {
    assertEquals(Set.of(), places("Senator Lincoln spoke on Monday. Lincoln said nothing more."));
    assertEquals(
        Set.of("Lincoln", "Nebraska"), places("Floods reached Lincoln, Nebraska, on Monday."));
  }

  @Test
  void theArticlesPeopleAndNeighboursAreEvidenceForItsPlaces() {
    assertEquals(
        Set.of("Janin", "Ramallah", "West Bank"),
        places("Israeli troops raided Jenin and Ramallah in the West Bank on Monday."));
    assertEquals(Set.of("Alberta", "Texas"), places("Storms hit Alberta and Texas."));
    assertEquals(
        Set.of("Madison County", "Illinois"),
        places("Roads in Madison County, Illinois, were closed."));
  }

  @Test
  void divisionAbbreviationsCountAfterATownOrAPartyOnly() {
    assertEquals(
        List.of("Kansas City: Kansas City", "Kansas: Kan."),
        placeTexts("Police in Kansas City, Kan., said so."));
    assertEquals(List.of("North Dakota: N.D."), placeTexts("Sen. Jane Roe, D-N.D., voted no."));
    assertEquals(List.of("Georgia: Ga."), placeTexts("A Ga. pastor spoke."));
    assertEquals(List.of(), placeTexts("They went to Mass. Then they ate."));
    assertEquals(List.of("Rome: Rome"), placeTexts("Rome was sacked in 390 B.C. by the Gauls."));
    assertEquals(List.of(), placeTexts("Ky is a name, and so is Ky. Smith."));
  }

  private static List<String> placeTexts(String text) {
    return tagger.tag(text).locations().stream()
        .flatMap(p -> p.mentions().stream().map(m -> p.name() + ": " + m.text()))
        .sorted()
        .toList();
  }

  @Test
  void namedBackersAndAdjectivesAreNotPlaces() {
    assertEquals(Set.of(), places("Turkey-backed rebels and U.S. officials met."));
    assertEquals(Set.of("United States"), places("They flew to the U.S. on Monday."));
  }

  @Test
  void regionalPlacesAndQualifiersWinSharedNames() {
    assertEquals("SY", place("Shelling hit Damascus.", "Damascus").country());
    assertEquals("SY", place("Shelling hit Damascus, Syria.", "Damascus").country());
    // The Damascus of Oregon, a town the gazetteer knows, never Syria's capital.
    assertEquals(Set.of("Oregon", "Damascus"), places("A fair opened in Damascus, Oregon."));
    assertEquals("US", place("A fair opened in Damascus, Oregon.", "Damascus").country());
    assertEquals("GE", place("Talks in Tbilisi, Georgia, ended.", "Tbilisi").country());
    assertEquals("LB", place("Clashes in Tripoli, Lebanon.", "Tripoli").country());
    assertEquals("LY", place("Clashes in Tripoli, Libya.", "Tripoli").country());
    assertEquals(
        "LB", place("Beirut and Sidon were calm but Tripoli was not.", "Tripoli").country());
    assertEquals(
        Set.of("Alexandria", "Virginia"),
        places("A protest in Alexandria, Virginia, drew hundreds."));
    assertEquals("US", place("A protest in Alexandria, Virginia.", "Alexandria").country());
  }

  @Test
  void namesMustStandAsWholeCapitalisedWords() {
    assertEquals(Set.of(), places("Syriana is a film; the raqqa of it; Iraqis and Jordanians."));
    assertEquals(Set.of("Raqqa"), places("Raqqa"));
    assertEquals(Set.of("Aleppo", "Idlib"), places("Aleppo\nIdlib"));
  }

  @Test
  void reutersIsNoPlace() {
    assertEquals(Set.of(), places("REUTERS/Khalil Ashawi told Reuters."));
  }

  @Test
  void renamedGroupsCountAsOne() {
    Entities entities = tagger.tag("Jabhat al-Nusra became Jabhat Fateh al-Sham, then joined HTS.");
    assertEquals(1, entities.factions().size());
    FactionTag hts = entities.factions().get(0);
    assertEquals("Hayat Tahrir al-Sham", hts.name());
    assertEquals(3, hts.mentions().size());
  }
}
