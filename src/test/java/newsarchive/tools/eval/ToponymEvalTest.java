package newsarchive.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsarchive.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToponymEvalTest {
  // Code-point offsets: the emoji is one code point and two UTF-16 units. "Geneva" is marked two
  // characters early, as some TR-News offsets are; "Turkish" is a demonym.
  static final String XML =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <articles>
        <article docid="7">
          <text><![CDATA[\uD83D\uDE42 Shelling hit Aleppo, Turkish officials said, as talks opened in Geneva.]]></text>
          <toponyms>
            <toponym><start>15</start><end>21</end><phrase>Aleppo</phrase>
              <gaztag geonameid="170063"><name>Aleppo</name></gaztag></toponym>
            <toponym><start>23</start><end>30</end><phrase>Turkish</phrase>
              <gaztag geonameid="298795"><name>Republic of Turkey</name></gaztag></toponym>
            <toponym><start>69</start><end>75</end><phrase>Geneva</phrase></toponym>
          </toponyms>
        </article>
      </articles>
      """;

  @TempDir Path dir;

  @Test
  void countsOverlapsInTheArticlesPartWithAndWithoutDemonyms() throws IOException {
    Path file = dir.resolve("Tiny.xml");
    Files.writeString(file, XML, StandardCharsets.UTF_8);

    ToponymEval.Score score = new ToponymEval(Pipeline.tagger()).run(file);

    DevSplit.Part part = DevSplit.of("Tiny.xml#7");
    ToponymEval.PartScore scored = score.parts().get(part.ordinal());
    assertEquals("Tiny", scored.corpus());
    assertEquals(1, scored.articles());
    assertEquals(new ToponymEval.Overlap(2, 2, 2, 2), scored.names());
    assertEquals(new ToponymEval.Overlap(2, 2, 2, 3), scored.all());
    assertEquals(0, score.parts().get(1 - part.ordinal()).articles());
  }

  @Test
  void aPhraseMarkedAFewCharactersOffIsFoundNearItsStart() {
    assertEquals(10, ToponymEval.locate("He left   Aleppo.", "Aleppo", 12));
    assertEquals(-1, ToponymEval.locate("He left Aleppo.", "Mosul", 8));
  }

  @Test
  void overlapScoresCountEachSideApart() {
    ToponymEval.Overlap o = new ToponymEval.Overlap(3, 4, 2, 4);
    assertEquals(0.75, o.precision());
    assertEquals(0.5, o.recall());
    assertEquals(0.6, o.f1(), 1e-9);
  }
}
