package newsarchive.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import newsarchive.gazetteer.CountryContext;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.gazetteer.GazetteerEntry;
import newsarchive.gazetteer.GazetteerFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds a gazetteer from a tiny data folder and overlay written here, then loads it. */
class GazetteerBuilderTest {

  @TempDir static Path dir;
  private static Gazetteer gazetteer;
  private static String summary;

  private static String row(String... cells) {
    return String.join("\t", cells) + "\n";
  }

  // A GeoNames cities row: id, name, ascii, alternates, lat, lon, class, code, country, admin1,
  // population.
  private static String city(
      String id,
      String name,
      String alternates,
      String code,
      String country,
      String admin1,
      String population) {
    return row(
        id,
        name,
        name,
        alternates,
        "35.0",
        "39.0",
        "P",
        code,
        country,
        "",
        admin1,
        "",
        "",
        "",
        population,
        "",
        "300",
        "Asia/Damascus",
        "2020-01-01");
  }

  @BeforeAll
  static void build() throws IOException {
    Path gaz = Files.createDirectories(dir.resolve("data/gazetteer"));
    Path actors = Files.createDirectories(dir.resolve("data/actors"));
    Path overlay = Files.createDirectories(dir.resolve("overlay"));
    Files.writeString(
        gaz.resolve("geonames_countryInfo.txt"),
        "#ISO\tISO3\n"
            + row(
                "SY",
                "SYR",
                "760",
                "SY",
                "Syria",
                "Damascus",
                "185180",
                "22198110",
                "AS",
                ".sy",
                "SYP",
                "Pound",
                "963",
                "",
                "",
                "ar-SY",
                "163843",
                "IQ,JO",
                ""));
    Files.writeString(
        gaz.resolve("wikidata_country_aliases_2017.csv"),
        """
        iso3c,iso2c,language,is_official_language,label,label_type
        SYR,SY,en,false,Syrian Arab Republic,alias
        SYR,SY,en,false,sy,alias
        SYR,SY,fr,false,Syrie,official
        """);
    Files.writeString(
        gaz.resolve("geonames_admin1CodesASCII.tsv"),
        "#region_code\tname\tname_ascii\tgeoname_id\n"
            + row("SY.04", "Ar-Raqqah", "Ar-Raqqah", "172957")
            + row("SY.08", "Rif-dimashq", "Rif-dimashq", "170652"));
    Files.writeString(
        gaz.resolve("geonames_admin2.json"),
        "[{\"code\": \"SY.04.1\", \"name\": \"Example County\"},"
            + " {\"code\": \"SY.04.2\", \"name\": \"Example District\"}]");
    Files.writeString(
        gaz.resolve("mena_cities500_2023-03.txt"),
        city(
                "172955",
                "Ar Raqqah",
                "Ar Raqqah,Raqqa,Rakka,الرقة,ar raqqah",
                "PPLA",
                "SY",
                "04",
                "177636")
            + city("999", "Tall Said", "Said,Tall Said", "PPL", "SY", "04", "0")
            + city("998", "Duma", "Duma,Douma", "PPLA2", "SY", "08", "111864"));
    try (OutputStream out =
        new GZIPOutputStream(
            Files.newOutputStream(gaz.resolve("geonames_cities15000_2025-11.txt.gz")))) {
      out.write(
          city("5", "Springfield", "Springfeld", "PPLA", "US", "IL", "114000")
              .getBytes(StandardCharsets.UTF_8));
    }
    // The wider world's smaller towns: only those of 5,000 to 100,000 people outside the region.
    try (OutputStream out =
        new GZIPOutputStream(
            Files.newOutputStream(gaz.resolve("geonames_cities500_2023-03.txt.gz")))) {
      out.write(
          (city("6", "Damascus", "", "PPL", "US", "OR", "10539")
                  + city("7", "Tiny Hamlet", "", "PPL", "US", "OR", "800")
                  + city("8", "Big Town", "", "PPL", "US", "OR", "250000")
                  + city("9", "Tall Abyad", "", "PPL", "SY", "04", "14825"))
              .getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(
        actors.resolve("ucdp-actor-221.csv"),
        "\uFEFFActorId,NameData,NameOrig,NameOrigFull,NameOrigFullEng,NameChange,NewName,"
            + "NewNameFullMotherTongue,NewNameFullEng,Org,Location\n"
            + "6288,SDF,SDF,Syrian Democratic Forces,Syrian Democratic Forces,0,,,,1,\"Syria, Turkey\"\n"
            + "118,Government of Syria,Government of Syria,n/a,Government of Syria,0,,,,4,Syria\n"
            + "7000,Liwa Example,Liwa Example,Liwa al-Mithal,Example Brigade,0,,,,1,Syria\n");
    Files.writeString(
        actors.resolve("Phoenix.MilNonState.actors.txt"),
        """
        # comment
        HEZBOLLAH_ [LBNREB] # note
        +HIZBULLAH
        +HASSAN_NASRALLAH_

        ANGRY_BRIGADE_ [ITAREB] # not the region
        """);
    Files.writeString(
        actors.resolve("Phoenix.Countries.actors.txt"),
        "SYRIA_  [SYR]\n+SYRIAN_ \n+DAMASCUS_ \n+RAQQAH\n\tARMY\nBASHAR_AL-ASSAD_\n+ASSADIAN\n");
    Files.writeString(
        overlay.resolve("places.tsv"),
        "canonical\ttype\tcountry\tadmin1\tlat\tlon\tgeonameId\taliases\n"
            + row("Raqqa", "city", "SY", "", "", "", "172955", "Raqqah|Al-Raqqa")
            + row("Badia", "region", "SY", "", "34.0", "38.5", "", "Syrian Desert"));
    Files.writeString(
        overlay.resolve("factions.tsv"),
        "canonical\ttype\tparent\taliases\n"
            + row("Syrian Democratic Forces", "armed group", "", "SDF")
            + row("Example Brigade", "armed group", "Syrian Democratic Forces", "Liwa Example"));
    Files.writeString(overlay.resolve("not-names.tsv"), "word\nSaid\n");
    Files.writeString(overlay.resolve("blocked-aliases.tsv"), "alias\treason\nRakka\ta test\n");
    Files.writeString(overlay.resolve("person-words.tsv"), "word\nMichael\n");
    Files.writeString(
        overlay.resolve("division-abbreviations.tsv"),
        "division\tabbreviations\nSY.08\tRif.|R.D.\n");
    summary = new GazetteerBuilder(dir.resolve("data"), overlay).build(dir.resolve("out"));
    try (InputStream entries = Files.newInputStream(dir.resolve("out/" + GazetteerFile.NAME));
        InputStream words = Files.newInputStream(dir.resolve("out/" + GazetteerFile.PERSON_WORDS));
        InputStream countries = Files.newInputStream(dir.resolve("out/" + CountryContext.NAME))) {
      gazetteer = Gazetteer.read(entries, words, countries);
    }
  }

  private static List<String> aliases(String canonical) {
    return gazetteer.byCanonicalName(canonical).orElseThrow().aliases();
  }

  @Test
  void summaryCountsWhatWasBuilt() {
    assertTrue(
        summary.contains("3 factions (2 from the overlay; UCDP gave 2 groups, 2 merged"), summary);
    assertTrue(summary.contains("Phoenix gave 1, 0 merged) and 9 places (1 countries"), summary);
  }

  @Test
  void theWiderWorldsSmallerTownsAreLocalities() {
    GazetteerEntry damascus =
        gazetteer.byCanonicalName("Damascus").filter(e -> e.country().equals("US")).orElseThrow();
    assertEquals("locality", damascus.type());
    assertTrue(summary.contains("of which 1 smaller localities"), summary);
    assertTrue(gazetteer.byCanonicalName("Tiny Hamlet").isEmpty(), "under 5,000 people");
    assertTrue(gazetteer.byCanonicalName("Big Town").isEmpty(), "a city, read elsewhere");
    assertTrue(gazetteer.byCanonicalName("Tall Abyad").isEmpty(), "the region is read elsewhere");
  }

  @Test
  void overlayRenamesGeoNamesPlacesAndKeepsTheirFacts() {
    GazetteerEntry raqqa = gazetteer.resolve("Rakka ar-Raqqah".substring(6)).orElseThrow();
    assertEquals("Raqqa", raqqa.canonical());
    assertEquals("city", raqqa.type());
    assertEquals(List.of("Raqqa", "Ar Raqqah", "Raqqah", "Al-Raqqa"), raqqa.aliases());
    assertTrue(gazetteer.resolve("Rakka").isEmpty(), "blocked alias");
  }

  @Test
  void rawNamesAreFiltered() {
    assertEquals(List.of("Tall Said", "Tell Said", "Tal Said", "Tel Said"), aliases("Tall Said"));
    assertEquals(List.of("Syria", "Syrian Arab Republic"), aliases("Syria"));
    assertEquals(List.of("Springfield"), aliases("Springfield"));
  }

  @Test
  void rawGroupsJoinOverlayFactionsAndLoseTheirLeaders() {
    assertEquals(
        List.of("Example Brigade", "Liwa Example", "Liwa al-Mithal"), aliases("Example Brigade"));
    assertEquals(
        "Syrian Democratic Forces", gazetteer.resolve("Liwa al-Mithal").orElseThrow().parent());
    assertEquals(List.of("Hezbollah"), aliases("Hezbollah"));
    assertTrue(gazetteer.resolve("Government of Syria").isEmpty());
    assertTrue(gazetteer.resolve("Angry Brigade").isEmpty());
  }

  @Test
  void divisionsSharingTheirSeatsNameYieldToTheCity() {
    assertEquals("Raqqa", gazetteer.resolve("Ar-Raqqah").orElseThrow().canonical());
    assertEquals("admin1", gazetteer.resolve("Rif-dimashq").orElseThrow().type());
    Set<String> types =
        gazetteer.resolve("Badia").stream().map(GazetteerEntry::type).collect(Collectors.toSet());
    assertEquals(Set.of("region"), types);
  }

  @Test
  void countriesKeepTheirNeighboursAndTheAdjectivesForTheirPeople() {
    assertEquals(Set.of("IQ", "JO"), gazetteer.countryContext().neighbours("SY"));
    assertEquals("SY", gazetteer.countryContext().demonymCountry("syrian"));
    assertEquals(null, gazetteer.countryContext().demonymCountry("raqqah"));
    assertEquals(null, gazetteer.countryContext().demonymCountry("assadian"));
  }

  @Test
  void countiesAreNamedWithTheirWordAndPlacedInTheirDivision() {
    GazetteerEntry county = gazetteer.resolve("Example County").orElseThrow();
    assertEquals("admin2", county.type());
    assertEquals("SY", county.country());
    assertTrue(gazetteer.resolve("Example District").isEmpty());
  }

  @Test
  void divisionAbbreviationsJoinTheirDivisionAndAreKnownAsSuch() {
    assertEquals(List.of("Rif-dimashq", "Rif.", "R.D."), aliases("Rif-dimashq"));
    assertTrue(gazetteer.isAbbreviation("rif"));
    assertTrue(gazetteer.isAbbreviation("r d"));
    assertEquals(Set.of("SY"), gazetteer.divisionCountries("r d"));
    assertTrue(!gazetteer.isAbbreviation("rif dimashq"));
  }

  @Test
  void personWordsTravelWithTheResource() {
    assertTrue(gazetteer.isPersonWord("michael"));
  }
}
