package newsarchive.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsarchive.Pipeline;
import newsarchive.ingest.entities.FactionAncestry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FakesEvalTest {
  @TempDir Path dir;

  @Test
  void scoresGovernoratesOnEveryRowAndActorsOnRowsWithAKnownClass() throws IOException {
    Path csv = dir.resolve("fakes.csv");
    Files.writeString(
        csv,
        """
        unit_id,article_title,article_content,location,actor
        1,Douma shelled,"Government forces shelled Douma in Eastern Ghouta on Monday, the Syrian army said.",damascus,syrian government or russian troops
        2,Airport attacked,"Islamic State fighters attacked the airport of Deir ez-Zor on Friday.",deir ezzor,the organization of the islamic state in iraq and the levant - isis
        3,Strikes on Raqqa,"Jets struck Raqqa on Sunday, residents said.",aleppo,unknown
        4,Convoy hit,"A convoy was hit near Idlib, the Free Syrian Army said.",idlib,international coalition forces
        """,
        StandardCharsets.ISO_8859_1);

    FakesEval.Score score =
        new FakesEval(
                Pipeline.readers(),
                Pipeline.builder(),
                new Governorates(Pipeline.GAZETTEER),
                new ActorClasses(new FactionAncestry(Pipeline.GAZETTEER)))
            .run(csv);

    assertEquals(4, score.articles());
    assertEquals(3, score.governorateAgreed());
    assertEquals(3, score.actorLabelled());
    assertEquals(2, score.actorAgreed());
    assertEquals(
        List.of(
            new FakesEval.Miss(csv + ":row 4", "governorate", "aleppo", "Raqqa"),
            new FakesEval.Miss(
                csv + ":row 5",
                "actor",
                "international coalition forces",
                "armed opposition groups")),
        score.misses());
  }
}
