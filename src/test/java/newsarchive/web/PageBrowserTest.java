package newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsarchive.Pipeline;
import newsarchive.json.JsonMapper;
import newsarchive.saved.SavedSearch;
import newsarchive.saved.SavedSearchStore;
import newsarchive.search.IndexView;
import newsarchive.search.Searcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The page in a real browser against the real server on a fixture index: search, facets, timeline,
 * article view, history, and that article text never runs as code. Screenshots of the results and
 * article views, at desktop and phone widths, go to target/screenshots. Skipped when Chromium or
 * chromedriver is not installed.
 */
class PageBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String RAQQA_COALITION =
      "Coalition strikes hit Islamic State positions near Raqqa";

  @TempDir static Path temp;

  private static IndexView view;
  private static SavedSearchStore saved;
  private static Javalin app;
  private static String base;
  private static HeadlessChromium browser;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(HeadlessChromium.installed(), "Chromium and chromedriver are not installed");
    Path index = Files.createDirectories(temp.resolve("index"));
    PageFixture fixture = new PageFixture(index).index();
    view = new IndexView(index);
    Searcher searcher = fixture.searcher(view);
    saved = SavedSearchStore.open(SavedSearchStore.fileFor(index));
    SavedRoutes routes =
        new SavedRoutes(
            saved,
            Pipeline.ARCHIVE.arrivals(view, searcher),
            "a-test-token-of-some-length",
            "127.0.0.1",
            JsonMapper.create(),
            Clock.systemUTC());
    app =
        WebServer.create(
            searcher, JsonMapper.create(), Path.of("web"), HeavyRequests.forThisMachine(), routes);
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
    if (saved != null) {
      saved.close();
    }
    if (view != null) {
      view.close();
    }
  }

  @BeforeEach
  void desktop() {
    browser.viewport(1280, 900, false);
  }

  @Test
  void searchBoxHasFocusOnLoadAndEnterSearches() {
    open("/");
    assertEquals("11 articles", waitForCount());
    assertEquals("q", browser.driver.switchTo().activeElement().getAttribute("id"));
    new Actions(browser.driver).sendKeys("raqqa", Keys.ENTER).perform();
    browser.wait.until(ExpectedConditions.urlToBe(base + "/?q=raqqa"));
    assertEquals("7 articles", waitForCount("11 articles"));
  }

  @Test
  void factionFilterKeepsSiblingsThenArticleOpensAtPassageAndBackRestores() throws IOException {
    open("/?q=raqqa");
    assertEquals("7 articles", waitForCount());
    Map<String, String> factions =
        orderedMap(
            "Islamic State",
            "7",
            "Syrian Democratic Forces",
            "5",
            "YPG",
            "3",
            "Free Syrian Army",
            "1",
            "Hamza Division",
            "1",
            "Sultan Murad Division",
            "1",
            "Syrian government forces",
            "1");
    assertEquals(factions, facetCounts("faction"));
    assertEquals(
        orderedMap(
            "Levant Daily",
            "3",
            "Euphrates Post",
            "2",
            "Northern Dispatch",
            "1",
            "Tigris Observer",
            "1"),
        facetCounts("site"));

    checkbox("faction", "Syrian Democratic Forces").click();
    browser.wait.until(
        ExpectedConditions.urlToBe(base + "/?q=raqqa&faction=Syrian+Democratic+Forces"));
    assertEquals("5 articles", waitForCount("7 articles"));
    assertEquals(factions, facetCounts("faction"), "siblings stay, with their own counts");
    assertTrue(checkbox("faction", "Syrian Democratic Forces").isSelected());
    assertEquals(
        orderedMap("Euphrates Post", "2", "Levant Daily", "2", "Tigris Observer", "1"),
        facetCounts("site"));
    assertEquals(List.of("Remove filter Faction Syrian Democratic Forces"), chips());
    browser.screenshot(SCREENSHOTS.resolve("results-desktop.png"));

    // Its best passage is the third paragraph.
    hit(RAQQA_COALITION).findElement(By.className("passage")).click();
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-content")));
    assertEquals(RAQQA_COALITION, text(By.id("article-title")));
    assertTrue(browser.driver.getCurrentUrl().contains("&para=2"));
    WebElement target = browser.driver.findElement(By.cssSelector("#article-body .para.target"));
    assertEquals("para-2", target.getAttribute("id"));
    assertTrue(inViewport(target), "the passage's paragraph is in view");
    assertEquals(
        List.of("Islamic State", "Syrian Democratic Forces", "YPG", "SDF", "Islamic State"),
        texts(By.cssSelector("#article-body a.mention.faction")));
    assertEquals(
        List.of("Raqqa", "Ain Issa", "Raqqa"),
        texts(By.cssSelector("#article-body a.mention.place")));
    assertEquals(List.of("May 2017"), texts(By.cssSelector("#article-body a.mention.date")));
    browser.screenshot(SCREENSHOTS.resolve("article-desktop.png"));

    browser.driver.findElement(By.linkText("Ain Issa")).click();
    browser.wait.until(ExpectedConditions.urlToBe(base + "/?location=Ain+Issa"));
    assertEquals("1 article", waitForCount("5 articles"));
    assertEquals(List.of(RAQQA_COALITION), texts(By.cssSelector("#hits .hit-title")));

    browser.driver.navigate().back();
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-content")));
    assertEquals(RAQQA_COALITION, text(By.id("article-title")));
    browser.driver.navigate().back();
    browser.wait.until(
        ExpectedConditions.urlToBe(base + "/?q=raqqa&faction=Syrian+Democratic+Forces"));
    assertEquals("5 articles", waitForCount("1 article"));
    assertTrue(checkbox("faction", "Syrian Democratic Forces").isSelected());
    assertEquals("raqqa", browser.driver.findElement(By.id("q")).getDomProperty("value"));
  }

  @Test
  void facetsMatchAnyOfOrAllOfAndExcludeValuesWithChipsThatSaySo() throws IOException {
    open("/?q=raqqa");
    assertEquals("7 articles", waitForCount());
    checkbox("faction", "Syrian Democratic Forces").click();
    browser.wait.until(
        ExpectedConditions.urlToBe(base + "/?q=raqqa&faction=Syrian+Democratic+Forces"));
    waitForCount("7 articles");
    assertEquals(0, browser.driver.findElements(By.cssSelector(".facet-mode")).size());
    checkbox("faction", "Free Syrian Army").click();
    String anyOf = "/?q=raqqa&faction=Syrian+Democratic+Forces&faction=Free+Syrian+Army";
    browser.wait.until(ExpectedConditions.urlToBe(base + anyOf));
    assertEquals(apiCount("/api/search" + anyOf), waitForCount("5 articles"));
    assertEquals(
        List.of("Faction: any of Syrian Democratic Forces, Free Syrian Army"), chipTexts());

    modeButton("faction", "all").click();
    browser.wait.until(ExpectedConditions.urlToBe(base + anyOf + "&faction.mode=all"));
    assertEquals("No articles", waitForCount("6 articles"));
    assertEquals(apiCount("/api/search" + anyOf + "&faction.mode=all"), "No articles");
    assertEquals(
        List.of("Faction: all of Syrian Democratic Forces, Free Syrian Army"), chipTexts());
    assertEquals("true", modeButton("faction", "all").getAttribute("aria-pressed"));
    checkbox("faction", "Free Syrian Army").click();
    browser.wait.until(
        ExpectedConditions.urlToBe(
            base + "/?q=raqqa&faction=Syrian+Democratic+Forces&faction.mode=all"));
    assertEquals("5 articles", waitForCount("No articles"));
    checkbox("faction", "YPG").click();
    String allOf = "/?q=raqqa&faction=Syrian+Democratic+Forces&faction=YPG&faction.mode=all";
    browser.wait.until(ExpectedConditions.urlToBe(base + allOf));
    assertEquals(apiCount("/api/search" + allOf), waitForCount("5 articles"));
    assertEquals("3 articles", apiCount("/api/search" + allOf));
    assertEquals(List.of("Faction: all of Syrian Democratic Forces, YPG"), chipTexts());
    browser.screenshot(SCREENSHOTS.resolve("results-all-of-desktop.png"));

    // Excluding a value removes its hits; the value stays listed, struck out, with its count.
    open("/?q=raqqa");
    assertEquals("7 articles", waitForCount());
    excludeButton("faction", "YPG").click();
    browser.wait.until(ExpectedConditions.urlToBe(base + "/?q=raqqa&faction.not=YPG"));
    assertEquals("4 articles", waitForCount("7 articles"));
    assertEquals(apiCount("/api/search?q=raqqa&faction.not=YPG"), "4 articles");
    for (String title : texts(By.cssSelector("#hits .hit-title"))) {
      assertFalse(
          List.of(
                  RAQQA_COALITION,
                  "Raqqa falls after four-month battle",
                  "Islamic State driven out of Kobani")
              .contains(title),
          title);
    }
    assertEquals(List.of("Faction: not YPG"), chipTexts());
    assertEquals("true", excludeButton("faction", "YPG").getAttribute("aria-pressed"));
    assertEquals("3", facetCounts("faction").get("YPG"));
    assertFalse(checkbox("faction", "YPG").isSelected());
    browser.driver.findElement(By.cssSelector("#chips .chip")).click();
    browser.wait.until(ExpectedConditions.urlToBe(base + "/?q=raqqa"));
    assertEquals("7 articles", waitForCount("4 articles"));
    browser.driver.navigate().back();
    browser.wait.until(ExpectedConditions.urlToBe(base + "/?q=raqqa&faction.not=YPG"));
    assertEquals("4 articles", waitForCount("7 articles"));
  }

  @Test
  void placeTreeCountsTheSameArticlesWhateverIsTickedInIt() {
    open("/?q=raqqa");
    assertEquals("7 articles", waitForCount());
    Map<String, String> places =
        orderedMap(
            "Raqqa",
            "7",
            "Ain Issa",
            "1",
            "Manbij",
            "1",
            "al-Bab",
            "1",
            "Deir ez-Zor",
            "1",
            "Kobani",
            "1");
    assertEquals(places, facetCounts("location"));
    assertEquals(orderedMap("SY", "7"), facetCounts("country"));
    assertEquals(
        "Syria", text(By.cssSelector("#sidebar .facet-row:has([data-dim=country]) .facet-name")));

    checkbox("location", "Ain Issa").click();
    browser.wait.until(ExpectedConditions.urlToBe(base + "/?q=raqqa&location=Ain+Issa"));
    assertEquals("1 article", waitForCount("7 articles"));
    assertEquals(places, facetCounts("location"), "a place keeps its number");
    assertEquals(orderedMap("SY", "7"), facetCounts("country"), "Syria still counts all seven");
    assertEquals(List.of("Place: Ain Issa"), chipTexts());

    checkbox("country", "SY").click();
    browser.wait.until(ExpectedConditions.urlToBe(base + "/?q=raqqa&location=Ain+Issa&country=SY"));
    assertEquals("1 article", waitForCount());
    assertEquals(List.of("Place: Ain Issa", "Country: Syria"), chipTexts());
    assertEquals(orderedMap("SY", "7"), facetCounts("country"));
  }

  @Test
  void emptyQueryIsNewestFirstAndTheCursorGoesOnFromThere() throws IOException {
    open("/");
    assertEquals("11 articles", waitForCount());
    WebElement sort = browser.driver.findElement(By.id("sort"));
    assertEquals("newest", sort.getDomProperty("value"));
    assertEquals(
        "true",
        browser
            .driver
            .findElement(By.cssSelector("#sort option[value=relevance]"))
            .getDomProperty("disabled"));
    assertEquals(
        true,
        browser.script(
            "return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => n.includes('/api/search?'))"
                + ".every(n => new URL(n).searchParams.get('sort') === 'newest');"));
    assertEquals(
        List.of("Rebel alliance tightens grip on Idlib", "Raqqa falls after four-month battle"),
        texts(By.cssSelector("#hits .hit-title")).subList(0, 2));

    // Past the numbered pages the page follows the API's cursor; here from the tenth hit.
    RawHttp.Response first = RawHttp.get(app.port(), "/api/search?sort=newest&size=10");
    String cursor = JsonMapper.create().readTree(first.body()).get("next").asText();
    open("/?after=" + cursor + "&at=11");
    assertEquals("11 articles", waitForCount());
    assertEquals(1, browser.driver.findElements(By.cssSelector("#hits .hit")).size());
    assertTrue(text(By.cssSelector("#hits .hit-title")).startsWith("A forum quoted"));
    assertEquals("11", browser.driver.findElement(By.id("hits")).getDomProperty("start"));
    assertEquals(List.of("« First page", "11–11 of 11"), texts(By.cssSelector("#pager li > *")));
    browser.driver.findElement(By.linkText("« First page")).click();
    browser.wait.until(ExpectedConditions.urlToBe(base + "/"));
    browser.wait.until(d -> d.findElements(By.cssSelector("#hits .hit")).size() == 10);
  }

  @Test
  void articleMarksTheQueryWordsStepsThroughThemAndListsWhatItNames() throws IOException {
    browser.viewport(1280, 420, false); // short, so that stepping has to scroll
    open("/?q=raqqa");
    assertEquals("7 articles", waitForCount());
    String id = apiHitId("/api/search?q=raqqa&location=Ain+Issa");
    String body =
        JsonMapper.create()
            .readTree(RawHttp.get(app.port(), "/api/articles/" + id).body())
            .get("body")
            .asText();
    java.util.regex.Matcher words =
        java.util.regex.Pattern.compile("(?i)(?<![\\p{L}\\p{N}])raqqa(?![\\p{L}\\p{N}])")
            .matcher(body);
    int n = 0;
    while (words.find()) {
      n++;
    }
    assertEquals(2, n);
    hit(RAQQA_COALITION).findElement(By.className("hit-link")).click();
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-content")));
    assertEquals(n, browser.driver.findElements(By.cssSelector("#article-body mark.find")).size());
    WebElement count = browser.driver.findElement(By.id("find-count"));
    // Opened at its third paragraph, whose match is the second.
    assertEquals("match 2 of " + n, count.getText());
    WebElement title = browser.driver.findElement(By.id("article-title"));
    assertTrue(inViewport(title), "the title stays in view");
    new Actions(browser.driver).sendKeys("n").perform();
    assertEquals("match 1 of " + n, count.getText());
    WebElement current = browser.driver.findElement(By.cssSelector("mark.find.current"));
    assertEquals("Raqqa", current.getText());
    assertTrue(inViewport(current));
    assertTrue(inViewport(title));
    new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
    assertEquals("match 2 of " + n, count.getText());
    new Actions(browser.driver).sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER)).perform();
    assertEquals("match 1 of " + n, count.getText());
    browser.driver.findElement(By.id("find-prev")).click();
    assertEquals("match 2 of " + n, count.getText());
    assertTrue(inViewport(browser.driver.findElement(By.cssSelector("mark.find.current"))));
    assertTrue(inViewport(title));

    assertEquals(
        List.of(
            "Islamic State 2",
            "Syrian Democratic Forces 2",
            "YPG 1",
            "Raqqa 2",
            "Ain Issa 1",
            "May 2017 1"),
        texts(By.cssSelector("#article-entities .panel-step")).stream()
            .map(t -> t.replace('\n', ' '))
            .toList());
    WebElement raqqa = panelStep("Raqqa");
    raqqa.click();
    assertEquals("1 of 2", raqqa.findElement(By.className("panel-count")).getText());
    raqqa.click();
    assertEquals("2 of 2", raqqa.findElement(By.className("panel-count")).getText());
    List<WebElement> places =
        browser.driver.findElements(By.cssSelector("#article-body a.mention.place"));
    assertEquals(
        List.of("", "", "current"),
        places.stream()
            .map(p -> p.getAttribute("class").contains("current") ? "current" : "")
            .toList());
    assertTrue(inViewport(places.get(2)));
    browser.viewport(1280, 900, false);
    browser.screenshot(SCREENSHOTS.resolve("article-find-desktop.png"));

    browser
        .driver
        .findElement(
            By.cssSelector("#article-entities a[aria-label='Search the archive for Ain Issa']"))
        .click();
    browser.wait.until(ExpectedConditions.urlToBe(base + "/?location=Ain+Issa"));
    assertEquals("1 article", waitForCount());
  }

  @Test
  void phoneFiltersAreASheetWhoseButtonBringsTheResultsIntoView() throws IOException {
    browser.viewport(390, 844, true);
    open("/?q=raqqa");
    assertEquals("7 articles", waitForCount());
    browser.driver.findElement(By.id("filters-toggle")).click();
    WebElement sheet = browser.driver.findElement(By.id("filters-sheet"));
    assertTrue(sheet.isDisplayed());
    assertEquals("Show 7 results", text(By.id("filters-done")));
    checkbox("site", "Levant Daily").click();
    browser.wait.until(ExpectedConditions.urlToBe(base + "/?q=raqqa&site=Levant+Daily"));
    assertEquals("3 articles", waitForCount("7 articles"));
    assertTrue(sheet.isDisplayed(), "the sheet stays open for more filters");
    assertEquals("Show 3 results", text(By.id("filters-done")));
    browser.screenshot(SCREENSHOTS.resolve("filters-sheet-phone.png"));
    browser.driver.findElement(By.id("filters-done")).click();
    assertFalse(sheet.isDisplayed());
    WebElement heading = browser.driver.findElement(By.id("results-heading"));
    assertTrue(inViewport(heading), "the results are in view, not below the filters");
    assertEquals("results-heading", browser.driver.switchTo().activeElement().getAttribute("id"));
    assertTrue(inViewport(browser.driver.findElement(By.cssSelector("#hits .hit-title"))));
    assertFitsWidth();
  }

  @Test
  void focusGoesToTheResultsAfterASearchAndBackToWhatOpenedAnArticleOrPickedDates() {
    open("/");
    assertEquals("11 articles", waitForCount());
    new Actions(browser.driver).sendKeys("raqqa", Keys.ENTER).perform();
    assertEquals("7 articles", waitForCount("11 articles"));
    browser.wait.until(
        d -> "results-heading".equals(d.switchTo().activeElement().getAttribute("id")));

    WebElement link = hit(RAQQA_COALITION).findElement(By.className("hit-link"));
    link.click();
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-content")));
    new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
    browser.wait.until(ExpectedConditions.urlToBe(base + "/?q=raqqa"));
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hits")));
    WebElement focused = browser.driver.switchTo().activeElement();
    assertEquals("hit-link", focused.getAttribute("class"));
    assertEquals(RAQQA_COALITION, focused.getText());

    browser.script("arguments[0].focus()", bar("2017"));
    new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
    browser.wait.until(
        ExpectedConditions.urlToBe(base + "/?q=raqqa&from=2017-01-01&to=2017-12-31"));
    assertEquals("5 articles", waitForCount("7 articles"));
    browser.wait.until(
        d ->
            String.valueOf(d.switchTo().activeElement().getAttribute("aria-label"))
                .startsWith("January 2017:"));
  }

  @Test
  void timelineBarsSetTheDatesByClickDragAndKeyboard() {
    open("/");
    assertEquals("11 articles", waitForCount());
    assertEquals(
        List.of("2014", "2015", "2016", "2017", "2018"), texts(By.cssSelector("text.bar-label")));
    bar("2017").click();
    browser.wait.until(ExpectedConditions.urlToBe(base + "/?from=2017-01-01&to=2017-12-31"));
    browser.wait.until(
        ExpectedConditions.textToBe(By.id("timeline-caption"), "Articles per month, 2017"));
    assertEquals("6 articles", waitForCount("11 articles"));
    assertEquals(List.of("Remove filter Date 2017"), chips());

    new Actions(browser.driver)
        .clickAndHold(bar("February 2017"))
        .moveToElement(bar("June 2017"))
        .release()
        .perform();
    browser.wait.until(ExpectedConditions.urlToBe(base + "/?from=2017-02-01&to=2017-06-30"));
    assertEquals("2 articles", waitForCount("6 articles"));

    browser.wait.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("g.bar.selected"), 5));
    browser.script("arguments[0].focus()", bar("February 2017"));
    new Actions(browser.driver).sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.ENTER).perform();
    browser.wait.until(ExpectedConditions.urlToBe(base + "/?from=2017-03-01&to=2017-03-31"));
    assertEquals("No articles", waitForCount("2 articles"));
    assertEquals("No articles match these filters.", text(By.cssSelector("#message p")));

    browser.driver.navigate().back();
    browser.wait.until(ExpectedConditions.urlToBe(base + "/?from=2017-02-01&to=2017-06-30"));
    assertEquals("2 articles", waitForCount("No articles"));
  }

  @Test
  void moreSearchesAllValuesOfAFacet() {
    open("/");
    assertEquals("11 articles", waitForCount());
    browser.driver.findElement(By.cssSelector("#sidebar .facet-more button")).click();
    new Actions(browser.driver).sendKeys("Ha").perform();
    browser.wait.until(
        d ->
            texts(By.cssSelector(".facet-found .facet-name"))
                .equals(List.of("Hamza Division", "Hayat Tahrir al-Sham")));
    browser.driver.findElements(By.cssSelector(".facet-found input")).get(1).click();
    browser.wait.until(ExpectedConditions.urlToBe(base + "/?faction=Hayat+Tahrir+al-Sham"));
    assertEquals("1 article", waitForCount("11 articles"));
    assertEquals(
        List.of("Rebel alliance tightens grip on Idlib"), texts(By.cssSelector(".hit-title")));
  }

  @Test
  void pastedTextIsSearchedAsWordsAndSaidSo() {
    open("/?q=" + java.net.URLEncoder.encode("raqqa [UPDATED]", StandardCharsets.UTF_8));
    waitForCount();
    assertEquals("Read as: searched UPDATED as a word.", text(By.cssSelector("#reading p")));
    open("/?q=-raqqa");
    assertEquals("4 articles", waitForCount());
  }

  @Test
  void badParameterShowsTheApiSentenceAndEmptyResultsGiveAHint() {
    open("/?q=raqqa&from=2017-13-01");
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
    assertEquals(
        List.of(
            "The search did not work.",
            "from must be a real date written YYYY-MM-DD, not '2017-13-01'."),
        texts(By.cssSelector("#message p")));

    open("/?q=raqqa&faction=Hayat+Tahrir+al-Sham");
    assertEquals("No articles", waitForCount());
    assertEquals("No articles match “raqqa”.", text(By.cssSelector("#message p")));
    browser.driver.findElement(By.linkText("clear all filters")).click();
    browser.wait.until(ExpectedConditions.urlToBe(base + "/?q=raqqa"));
    assertEquals("7 articles", waitForCount("No articles"));
  }

  @Test
  void markupInArticleTextIsShownAndNeverRun() throws IOException {
    browser.errors(); // only what this page logs counts
    open("/?q=" + PageFixture.HOSTILE_QUERY);
    assertEquals("1 article", waitForCount());
    WebElement link = browser.driver.findElement(By.cssSelector("#hits .hit-title a"));
    assertEquals(
        "A forum quoted <img src=x onerror=\"window.__pwned=3\"> and"
            + " <script>window.__pwned=4</script>",
        link.getText());
    assertEquals(List.of("Desert <b>Line</b>"), List.copyOf(facetCounts("site").keySet()));
    link.click();
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-content")));
    String body = text(By.id("article-body"));
    assertTrue(body.contains("<script>window.__pwned=2</script>"), body);
    assertTrue(body.contains("<img src=x onerror=\"window.__pwned=1;"), body);

    assertEquals(true, browser.script("return window.__pwned === undefined;"), "nothing ran");
    assertEquals(
        0L,
        browser.script("return document.querySelectorAll('main img, main script, main b').length;"),
        "no element was made from article text");
    assertTrue(
        String.valueOf(browser.script("return document.title;")).endsWith(" – News archive"));
    assertEquals(List.of(), browser.errors(), "no script error, no refused inline code");
    browser.screenshot(SCREENSHOTS.resolve("article-with-markup-desktop.png"));
  }

  @Test
  void phoneWidthFoldsTheFiltersAndFitsTheScreen() throws IOException {
    browser.viewport(390, 844, true);
    open("/?q=raqqa");
    assertEquals("7 articles", waitForCount());
    WebElement sidebar = browser.driver.findElement(By.id("sidebar"));
    assertFalse(sidebar.isDisplayed(), "filters fold away");
    browser.driver.findElement(By.id("filters-toggle")).click();
    assertTrue(sidebar.isDisplayed());
    new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform(); // the sheet covers the toggle
    assertFalse(sidebar.isDisplayed());
    assertEquals("filters-toggle", browser.driver.switchTo().activeElement().getAttribute("id"));
    assertFitsWidth();
    browser.screenshot(SCREENSHOTS.resolve("results-phone.png"));

    hit(RAQQA_COALITION).findElement(By.className("hit-link")).click();
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-content")));
    assertFitsWidth();
    browser.screenshot(SCREENSHOTS.resolve("article-phone.png"));
  }

  private static void open(String path) {
    browser.driver.get(base + path);
  }

  /** Waits for a finished search and returns its count, e.g. "7 articles". */
  private static String waitForCount() {
    return waitForCount(null);
  }

  /** As {@link #waitForCount()}, but waits past a count still showing from before. */
  private static String waitForCount(String previous) {
    return browser.wait.until(
        d -> {
          String status = text(By.id("status"));
          int dot = status.indexOf(" · ");
          String count = dot < 0 ? null : status.substring(0, dot);
          return count == null || count.equals(previous) ? null : count;
        });
  }

  private static String text(By by) {
    return browser.driver.findElement(by).getText();
  }

  private static List<String> texts(By by) {
    return browser.driver.findElements(by).stream().map(WebElement::getText).toList();
  }

  private static List<String> chips() {
    return browser.driver.findElements(By.cssSelector("#chips .chip")).stream()
        .map(chip -> chip.getAttribute("aria-label"))
        .toList();
  }

  /** Each chip's text without its "×", e.g. "Faction: not YPG". */
  private static List<String> chipTexts() {
    return browser.driver.findElements(By.cssSelector("#chips .chip")).stream()
        .map(
            chip ->
                chip.findElement(By.className("chip-label")).getText()
                    + " "
                    + chip.findElement(By.className("chip-value")).getText())
        .toList();
  }

  /** The API's total for a request, in the page's words ("3 articles"). */
  private static String apiCount(String target) throws IOException {
    RawHttp.Response r = RawHttp.get(app.port(), target);
    assertEquals(200, r.status(), r.body());
    int total = JsonMapper.create().readTree(r.body()).get("total").asInt();
    return total == 0 ? "No articles" : total + (total == 1 ? " article" : " articles");
  }

  /** The first hit's id for a search. */
  private static String apiHitId(String target) throws IOException {
    RawHttp.Response r = RawHttp.get(app.port(), target);
    return JsonMapper.create().readTree(r.body()).get("hits").get(0).get("id").asText();
  }

  private static WebElement panelStep(String name) {
    return browser.driver.findElements(By.cssSelector("#article-entities .panel-step")).stream()
        .filter(b -> b.findElement(By.className("panel-name")).getText().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static WebElement modeButton(String dim, String mode) {
    return browser.driver.findElement(
        By.cssSelector(
            "#sidebar .facet-mode-button[data-dim='" + dim + "'][data-mode='" + mode + "']"));
  }

  private static WebElement excludeButton(String dim, String value) {
    return browser.driver.findElements(By.cssSelector("#sidebar .facet-exclude")).stream()
        .filter(
            b ->
                dim.equals(b.getAttribute("data-dim"))
                    && value.equals(b.getAttribute("data-value")))
        .findFirst()
        .orElseThrow();
  }

  private static WebElement hit(String title) {
    return browser.driver.findElements(By.cssSelector("#hits .hit")).stream()
        .filter(h -> h.findElement(By.className("hit-title")).getText().equals(title))
        .findFirst()
        .orElseThrow();
  }

  /** A timeline bar by the start of its label, such as "2017" or "June 2017". */
  private static WebElement bar(String name) {
    return browser.driver.findElement(By.cssSelector("g.bar[aria-label^='" + name + ":']"));
  }

  /** Value to count for one facet in the sidebar, in the order shown. */
  private static Map<String, String> facetCounts(String dim) {
    Map<String, String> counts = new LinkedHashMap<>();
    for (WebElement row : browser.driver.findElements(By.cssSelector("#sidebar .facet-row"))) {
      WebElement box = row.findElement(By.tagName("input"));
      if (dim.equals(box.getAttribute("data-dim"))) {
        counts.put(
            box.getAttribute("data-value"), row.findElement(By.className("facet-count")).getText());
      }
    }
    return counts;
  }

  private static WebElement checkbox(String dim, String value) {
    return browser.driver.findElements(By.cssSelector("#sidebar input[type=checkbox]")).stream()
        .filter(
            b ->
                dim.equals(b.getAttribute("data-dim"))
                    && value.equals(b.getAttribute("data-value")))
        .findFirst()
        .orElseThrow();
  }

  private static boolean inViewport(WebElement element) {
    return Boolean.TRUE.equals(
        browser.script(
            "const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;",
            element));
  }

  private static void assertFitsWidth() {
    assertEquals(
        false,
        browser.script("return document.documentElement.scrollWidth > window.innerWidth;"),
        "nothing sticks out sideways");
  }

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** The "Download N results" link carries the search shown and fetches its every hit. */
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

  /** The article view's Cite control shows the API's reference and links its RIS record. */
  @Test
  void citeShowsTheReferenceAndItsRisDownloadWorks() throws IOException {
    String id = apiHitId("/api/search?q=raqqa&location=Ain+Issa");
    String expected =
        JsonMapper.create()
            .readTree(RawHttp.get(app.port(), "/api/articles/" + id + "/cite").body())
            .get("text")
            .asText();
    open("/?q=raqqa&article=" + id);
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-content")));
    WebElement summary = browser.driver.findElement(By.cssSelector("#article-cite summary"));
    assertEquals("Cite", summary.getText());
    assertFalse(browser.driver.findElement(By.id("cite-text")).isDisplayed(), "closed at first");
    summary.click();
    browser.wait.until(d -> !d.findElement(By.id("cite-text")).getText().isEmpty());
    assertEquals(expected, text(By.id("cite-text")));
    assertTrue(expected.contains(RAQQA_COALITION), expected);
    browser.screenshot(SCREENSHOTS.resolve("article-cite-desktop.png"));

    WebElement ris = browser.driver.findElement(By.id("cite-ris"));
    assertEquals("Download RIS", ris.getText());
    assertEquals(base + "/api/articles/" + id + "/cite.ris", ris.getAttribute("href"));
    assertEquals("", ris.getAttribute("download"));
    Object record =
        browser.driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text())"
                // Split in the page, so the line ends checked are those the browser received.
                + ".then(t => t.split('\\r\\n'))"
                + ".then(done, e => done(String(e)));",
            ris.getAttribute("href"));
    @SuppressWarnings("unchecked")
    List<String> lines = (List<String>) record;
    assertEquals("TY  - NEWS", lines.get(0));
    assertEquals("TI  - " + RAQQA_COALITION, lines.get(1));
    assertEquals(
        List.of("ID  - " + id, "ER  - ", ""), lines.subList(lines.size() - 3, lines.size()));
    assertTrue(lines.stream().noneMatch(l -> l.contains("\n")), lines.toString());

    browser.driver.findElement(By.id("cite-copy")).click();
    browser.wait.until(d -> !d.findElement(By.id("cite-status")).getText().isEmpty());
    String said = text(By.id("cite-status"));
    // Headless Chromium may refuse the clipboard; then the reference is selected for Ctrl+C.
    if (said.equals("Copied.")) {
      // Pasted as a person would, into the search box (the page may not read the clipboard).
      WebElement q = browser.driver.findElement(By.id("q"));
      q.clear();
      q.sendKeys(Keys.chord(Keys.CONTROL, "v"));
      assertEquals(expected, q.getDomProperty("value"));
    } else {
      assertEquals("Selected: press Ctrl+C (\u2318C) to copy.", said);
      assertEquals(expected, browser.script("return window.getSelection().toString();"));
    }
    assertEquals(List.of(), browser.errors());
  }

  private static WebElement savedItem(String name) {
    return browser.driver.findElements(By.cssSelector("#saved-list .saved-item")).stream()
        .filter(i -> i.findElement(By.className("saved-open")).getText().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** Each saved search in the menu: its name and what it says is new. */
  private static Map<String, String> savedList() {
    Map<String, String> out = new LinkedHashMap<>();
    for (WebElement item : browser.driver.findElements(By.cssSelector("#saved-list .saved-item"))) {
      out.put(
          item.findElement(By.className("saved-open")).getText(),
          item.findElement(By.className("saved-new")).getText());
    }
    return out;
  }

  private static long firstSeenMark() {
    try {
      return saved.list().get(0).seenMark();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void openSavedMenu() {
    WebElement menu =
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
    if (menu.getDomProperty("open").equals("false")) {
      menu.findElement(By.tagName("summary")).click();
    }
  }

  /**
   * A search saved from the page is listed; a search saved before the archive's articles came in
   * says how many are new, and opening it restores its search and marks it seen; delete removes
   * one.
   */
  @Test
  void aSearchSavedFromThePageIsListedAndOneOpenedAgainIsMarkedSeen() throws IOException {
    saved.create("Raqqa, saved long ago", "q=raqqa", null, Instant.now(), 0);
    var unused = browser.errors(); // what the tests before this one left
    try {
      open("/?q=raqqa&faction=Syrian+Democratic+Forces");
      assertEquals("5 articles", waitForCount());
      openSavedMenu();
      browser.wait.until(d -> savedList().size() == 1 ? true : null);
      assertEquals(Map.of("Raqqa, saved long ago", "7 new since you last looked"), savedList());
      assertEquals("7 new", text(By.id("saved-badge")));

      WebElement name = browser.driver.findElement(By.id("save-name"));
      assertEquals("raqqa", name.getDomProperty("value"), "the search's words are offered");
      name.clear();
      name.sendKeys("SDF in Raqqa");
      browser.driver.findElement(By.id("save-button")).click();
      browser.wait.until(d -> savedList().size() == 2 ? true : null);
      assertEquals("Saved “SDF in Raqqa”.", text(By.id("saved-status")));
      assertEquals(
          orderedMap(
              "Raqqa, saved long ago",
              "7 new since you last looked",
              "SDF in Raqqa",
              "nothing new since you last looked"),
          savedList());
      assertEquals(
          "q=raqqa&faction=Syrian+Democratic+Forces",
          saved.list().get(1).query(),
          "the page's search, as its address has it");
      assertEquals(
          base + "/api/feed.atom?q=raqqa&faction=Syrian+Democratic+Forces",
          savedItem("SDF in Raqqa").findElement(By.linkText("Atom")).getAttribute("href"));
      browser.screenshot(SCREENSHOTS.resolve("saved-searches-desktop.png"));

      savedItem("Raqqa, saved long ago").findElement(By.className("saved-open")).click();
      browser.wait.until(ExpectedConditions.urlToBe(base + "/?q=raqqa"));
      assertEquals("7 articles", waitForCount("5 articles"));
      browser.wait.until(d -> firstSeenMark() > 0 ? true : null);
      openSavedMenu();
      browser.wait.until(
          d -> savedList().get("Raqqa, saved long ago").startsWith("nothing") ? true : null);
      assertFalse(browser.driver.findElement(By.id("saved-badge")).isDisplayed());

      savedItem("SDF in Raqqa").findElement(By.className("saved-delete")).click();
      browser.wait.until(d -> savedList().size() == 1 ? true : null);
      assertEquals(List.of("Raqqa, saved long ago"), List.copyOf(savedList().keySet()));
      assertEquals(List.of(), browser.errors());
    } finally {
      for (SavedSearch s : saved.list()) {
        saved.delete(s.id());
      }
    }
  }
}
