package newsarchive.ingest.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import newsarchive.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

/** Tags the shared seed article (third-party text, read in place); skipped where it is absent. */
class SeedArticleTest {

  private static final Path SEED = Path.of("../shared/seed/000_df61543d629ae446.txt");

  @Test
  void tagsTheSeedArticleExactly() throws IOException {
    assumeTrue(Files.isRegularFile(SEED), "no shared seed article here");
    Entities entities =
        new EntityTagger(Gazetteer.load()).tag(Files.readString(SEED, StandardCharsets.UTF_8));
    Map<String, String> parents =
        entities.factions().stream()
            .collect(
                Collectors.toMap(FactionTag::name, f -> f.parent() == null ? "-" : f.parent()));
    assertEquals(
        Map.of(
            "Free Syrian Army", "-",
            "Osoud al-Sharqiya", "Free Syrian Army",
            "Shahid Ahmad al-Abdo group", "Free Syrian Army",
            "Islamic State", "-",
            "Syrian Democratic Forces", "-",
            "Syrian government forces", "-",
            "U.S.-led coalition", "-"),
        parents);
    assertEquals(
        Set.of(
            "Amman",
            "Raqqa",
            "Mosul",
            "Damascus",
            "Bir Qassab",
            "Badia",
            "Qalamoun Mountains",
            "Deir ez-Zor",
            "al-Bab",
            "Jordan",
            "Iraq",
            "Syria"),
        entities.locations().stream().map(PlaceTag::name).collect(Collectors.toSet()));
  }
}
