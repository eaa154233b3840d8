package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import newsarchive.json.JsonMapper;
import newsarchive.search.FixtureArchive;
import newsarchive.search.IndexView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The feeds of a search over the fixture archive, read with the JDK's XML parser and Jackson. */
class FeedsTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  @TempDir static Path dir;
  static FixtureArchive archive;
  static IndexView view;
  static final ObjectMapper JSON = JsonMapper.create();

  @BeforeAll
  static void start() throws IOException {
    archive = new FixtureArchive(dir.resolve("index")).index();
    view = new IndexView(archive.dir);
  }

  @AfterAll
  static void stop() throws IOException {
    view.close();
  }

  private static io.javalin.Javalin app() {
    return WebServer.create(archive.searcher(view), JSON, dir.resolve("no-page"));
  }

  private static String text(Element parent, String name) {
    return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
  }

  @Test
  void atomFeedListsTheSearchNewestFirstWithEscapedSnippets() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          Response r = client.get("/api/feed.atom?q=militants");
          assertEquals(200, r.code());
          assertTrue(r.headers().get("Content-Type").get(0).startsWith("application/atom+xml"));
          DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
          f.setNamespaceAware(true);
          Document doc =
              f.newDocumentBuilder()
                  .parse(
                      new ByteArrayInputStream(r.body().string().getBytes(StandardCharsets.UTF_8)));
          Element feed = doc.getDocumentElement();
          assertEquals("feed", feed.getLocalName());
          assertEquals(ATOM, feed.getNamespaceURI());
          assertTrue(text(feed, "id").endsWith("/api/feed.atom?q=militants"));
          assertEquals("News archive: militants", text(feed, "title"));
          assertEquals("2015-01-01T00:00:00Z", text(feed, "updated"));
          NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
          List<String> ids = new ArrayList<>();
          for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            ids.add(text(e, "id"));
            assertTrue(!text(e, "title").isEmpty() && !text(e, "updated").isEmpty());
            Element link = (Element) e.getElementsByTagNameNS(ATOM, "link").item(0);
            String id = text(e, "id").substring("urn:newsarchive:article:".length());
            assertTrue(link.getAttribute("href").endsWith("/?article=" + id));
          }
          assertEquals(
              archive.ids("hostile", "jordan").stream()
                  .map(id -> "urn:newsarchive:article:" + id)
                  .toList(),
              ids);
          Element first = (Element) entries.item(0);
          assertEquals("A page that tries <script>alert(1)</script> tricks", text(first, "title"));
          String summary = text(first, "summary");
          assertTrue(summary.contains("&lt;script&gt;"), summary);
          assertTrue(summary.contains("<mark>militants</mark>"), summary);
        });
  }

  @Test
  void jsonFeedHasTheRequiredFields() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          Response r = client.get("/api/feed.json?faction=Islamic%20State&size=3");
          assertEquals(200, r.code());
          JsonNode feed = JSON.readTree(r.body().string());
          assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
          assertEquals("News archive: all articles", feed.get("title").asText());
          assertTrue(
              feed.get("feed_url")
                  .asText()
                  .endsWith("/api/feed.json?faction=Islamic%20State&size=3"));
          List<String> ids = new ArrayList<>();
          List<String> dates = new ArrayList<>();
          for (JsonNode item : feed.get("items")) {
            ids.add(item.get("id").asText());
            assertTrue(item.get("url").asText().contains("/?article="));
            assertTrue(item.has("title"));
            dates.add(item.get("date_published").asText());
          }
          assertEquals(
              archive.ids("mosul", "raqqa", "badia").stream()
                  .map(id -> "urn:newsarchive:article:" + id)
                  .toList(),
              ids);
          assertEquals(
              List.of("2017-06-20T00:00:00Z", "2017-06-10T00:00:00Z", "2017-05-29T00:00:00Z"),
              dates);
          assertEquals(400, client.get("/api/feed.json?size=500").code());
        });
  }
}
