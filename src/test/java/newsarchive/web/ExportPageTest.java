package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsarchive.json.JsonMapper;
import newsarchive.search.IndexView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The page's "Download N results" control in a real browser: its link carries the search shown, and
 * what it downloads is that search's every hit. Skipped when Chromium is not installed.
 */
class ExportPageTest {
  @TempDir static Path temp;
  private static IndexView view;
  private static Javalin app;
  private static String base;
  private static HeadlessChromium browser;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(HeadlessChromium.installed(), "Chromium and chromedriver are not installed");
    Path index = Files.createDirectories(temp.resolve("index"));
    PageFixture fixture = new PageFixture(index).index();
    view = new IndexView(index);
    app = WebServer.create(fixture.searcher(view), JsonMapper.create(), Path.of("web"));
    app.start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    browser = new HeadlessChromium(temp.resolve("profile"));
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (app != null) {
      app.stop();
    }
    if (view != null) {
      view.close();
    }
  }

  @Test
  void downloadLinkCarriesTheSearchAndFetchesEveryHit() {
    browser.driver.get(base + "/?q=raqqa&sort=oldest&site=Levant%20Daily");
    WebElement link =
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("export-csv")));
    assertEquals("Download 3 results", link.getText());
    assertEquals(
        base + "/api/export?q=raqqa&site=Levant+Daily&sort=oldest&format=csv",
        link.getAttribute("href"));
    assertEquals("", link.getAttribute("download"));
    assertTrue(
        browser
            .driver
            .findElement(By.id("export-jsonl"))
            .getAttribute("href")
            .endsWith("&sort=oldest&format=jsonl"));
    Object text =
        browser.driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done(String(e)));",
            link.getAttribute("href"));
    List<String> rows =
        ((String) text).lines().filter(l -> !l.startsWith("#") && !l.startsWith("\uFEFF")).toList();
    assertEquals(4, rows.size(), String.valueOf(text));
    assertTrue(rows.get(0).startsWith("id,published,site,url,title"), rows.get(0));
    assertEquals(List.of(), browser.errors());
  }
}
