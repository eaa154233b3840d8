package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsarchive.Pipeline;
import newsarchive.ingest.Article;
import newsarchive.ingest.read.Pdfs;
import newsarchive.ingest.read.Warcs;
import newsarchive.search.IndexView;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.Searcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of PDFs, web archives and files of other types, ingested as `archive ingest` does. */
class FormatsIngestTest {
  @TempDir Path dir;

  private Path folder() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Pdfs.text(
        in.resolve("report.pdf"),
        null,
        null,
        List.of(
            List.of(
                List.of("Aid convoys stall outside Raqqa"),
                List.of("29 May 2017"),
                List.of("Trucks waited for a third day at a checkpoint south of Raqqa.")),
            List.of(List.of("Residents of Tabqa said the bakeries had closed."))));
    Warcs.write(
        in.resolve("crawl.warc.gz"),
        Warcs.response(
            "https://levant.example/2016/11/29/convoys",
            "2016-11-29T09:30:00Z",
            200,
            "text/html",
            Warcs.page(
                "Convoys wait outside Aleppo",
                "Aid agencies asked for a pause in the fighting in Aleppo.",
                "The United Nations said the convoys were ready.",
                null)),
        Warcs.response(
            "https://levant.example/style.css", "2016-11-29T09:30:01Z", 200, "text/css", "p {}"));
    Files.write(in.resolve("map.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Files.write(in.resolve("photo.PNG"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Files.writeString(in.resolve("letter.docx"), "PK");
    return in;
  }

  @Test
  void pdfAndWarcIngestAndOtherFilesAreCountedAsSkipped() throws IOException {
    Path index = dir.resolve("index");
    IngestSummary summary = Pipeline.ingest(index, List.of(folder()));
    assertEquals(2, summary.added(), summary.report());
    assertEquals(Map.of(".png", 2, ".docx", 1), summary.skipped());
    assertEquals(
        "added 2, updated 0, unchanged 0, duplicates 0, rejected 0\nskipped 3: 2 .png, 1 .docx\n",
        summary.report().replace(System.lineSeparator(), "\n"));
    try (IndexView view = new IndexView(index)) {
      Searcher searcher = Pipeline.searcher(view);
      SearchResult tabqa = searcher.search(SearchRequest.of("bakeries"));
      assertEquals(1, tabqa.total());
      Article pdf = searcher.article(tabqa.hits().get(0).id()).orElseThrow();
      assertEquals("Aid convoys stall outside Raqqa", pdf.title());
      assertEquals("2017-05-29", String.valueOf(pdf.published()));
      int page2 = pdf.body().indexOf("Residents");
      assertEquals(List.of(0, page2 - 0), pdf.pages().subList(0, 2));
      assertEquals(2, pdf.pageAt(page2));
      assertEquals(1, pdf.pageAt(page2 - 3));
      JsonNode json = Pipeline.ARCHIVE.json().valueToTree(pdf);
      assertEquals("[0," + page2 + "]", json.get("pages").toString());
      assertTrue(!json.has("captured"), json.toString());

      SearchResult aleppo = searcher.search(SearchRequest.of("convoys ready"));
      assertEquals(1, aleppo.total());
      Article web = searcher.article(aleppo.hits().get(0).id()).orElseThrow();
      assertEquals("https://levant.example/2016/11/29/convoys", web.url());
      assertEquals("2016-11-29", String.valueOf(web.published()));
      JsonNode webJson = Pipeline.ARCHIVE.json().valueToTree(web);
      assertEquals("2016-11-29T09:30:00Z", webJson.get("captured").asText());
      assertTrue(!webJson.has("pages"), webJson.toString());
    }
  }

  @Test
  void aFileNamedOnItsOwnIsRejectedNotSkipped() throws IOException {
    Path docx = Files.writeString(dir.resolve("letter.docx"), "PK");
    IngestSummary summary = Pipeline.ingest(dir.resolve("index"), List.of(docx));
    assertEquals(Map.of(), summary.skipped());
    assertEquals(
        List.of(new IngestSummary.Rejection(docx.toString(), "not a supported file type")),
        summary.rejected());
  }
}
