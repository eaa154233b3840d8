package newsarchive.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsarchive.Pipeline;
import newsarchive.ingest.entities.EntityTagger;
import newsarchive.ingest.entities.PlaceModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The place model's training on a toponym corpus we write: it learns from the LOOK part only, the
 * same corpus gives the same file, and a corpus whose marks follow the words around a name gives a
 * model that follows them too.
 */
class PlaceTrainingTest {
  // Aleppo and Homs marked where they are places; Lincoln, a city's name, unmarked as the speaker.
  private static final String TEXT =
      "Fighting went on in Aleppo on Monday. Lincoln said the talks in Homs would resume.";

  @TempDir Path dir;
  private Path corpus;
  private int look;

  @BeforeEach
  void write() throws IOException {
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<articles>\n");
    int score = 0;
    for (int docid = 1; look < 4 || score < 2; docid++) {
      boolean inLook = DevSplit.of("Train.xml#" + docid) == DevSplit.Part.LOOK;
      if (inLook ? look >= 4 : score >= 2) {
        continue;
      }
      xml.append("<article docid=\"").append(docid).append("\"><text>").append(TEXT);
      xml.append("</text><toponyms>");
      if (inLook) {
        look++;
        xml.append(toponym("Aleppo")).append(toponym("Homs"));
      } else {
        score++; // marks that would teach the opposite, were the SCORE part read
        xml.append(toponym("Lincoln"));
      }
      xml.append("</toponyms></article>\n");
    }
    xml.append("</articles>\n");
    corpus = dir.resolve("Train.xml");
    Files.writeString(corpus, xml, StandardCharsets.UTF_8);
  }

  private static String toponym(String phrase) {
    int start = TEXT.indexOf(phrase);
    return "<toponym><start>"
        + start
        + "</start><end>"
        + (start + phrase.length())
        + "</end><phrase>"
        + phrase
        + "</phrase></toponym>";
  }

  private static PlaceTraining.Result train(Path corpus) throws IOException {
    EntityTagger tagger = new EntityTagger(Pipeline.GAZETTEER, PlaceModel.acceptingAll());
    return new PlaceTraining(tagger).train(List.of(corpus));
  }

  @Test
  void learnsFromTheLookPartOnlyAndSeparatesWhatItWasShown() throws IOException {
    PlaceTraining.Result result = train(corpus);
    String summary = String.join("\n", result.summary());
    assertTrue(summary.contains("LOOK part of Train.xml (4 articles, "), summary);
    assertTrue(summary.contains("8 of them marked places"), summary);
    assertTrue(summary.contains("the best toponym F1 on the same articles (1.000)"), summary);

    EntityTagger tagger = new EntityTagger(Pipeline.GAZETTEER, result.model());
    List<String> places = new ArrayList<>();
    tagger.tag(TEXT).locations().forEach(p -> places.add(p.name()));
    assertEquals(List.of("Aleppo", "Homs"), places.stream().sorted().toList());
  }

  @Test
  void theSameCorpusGivesTheSameFile() throws IOException {
    PlaceTraining.Result first = train(corpus);
    PlaceTraining.Result second = train(corpus);
    String text = first.model().format(first.summary());
    assertEquals(text, second.model().format(second.summary()));
    assertEquals(text, PlaceModel.parse(text).format(first.summary()));
  }

  @Test
  void theCommittedModelLoadsAndSaysWhatItWasTrainedOn() throws IOException {
    PlaceModel model = PlaceModel.load();
    assertTrue(model.threshold() > 0 && model.threshold() < 1, "threshold " + model.threshold());
    String text;
    try (InputStream in =
        PlaceTrainingTest.class.getResourceAsStream("/newsarchive/entities/place-model.tsv")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(
        text.startsWith(
            "# Trained by ./archive train-places on the LOOK part of lgl.xml and TR-News.xml"),
        text);
  }

  @Test
  void aModelFileMissingAFeatureOrNamingAnUnknownOneIsRefused() {
    String text = PlaceModel.acceptingAll().format(List.of("a test"));
    assertThrows(
        IllegalArgumentException.class, () -> PlaceModel.parse(text.replace("listed\t", "x\t")));
    assertThrows(IllegalArgumentException.class, () -> PlaceModel.parse(text + "unheard\t1.0\n"));
    assertThrows(
        IllegalArgumentException.class,
        () -> PlaceModel.parse(text.replace("threshold\t0.0000\n", "")));
  }
}
