package newsarchive.tools.generate.outlets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import newsarchive.tools.generate.FixtureStories;
import newsarchive.tools.generate.PageAssembler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LayoutTest {
  private final PageAssembler assembler = new PageAssembler(7);
  private final List<Page.RelatedLink> related =
      List.of(
          new Page.RelatedLink("Coalition widens strikes near Raqqa", "https://x.example/a"),
          new Page.RelatedLink("Aid reaches Hasakah", "https://x.example/b"));

  private Document render(Story story, Outlet outlet) {
    Page page = assembler.assemble(story, outlet, story.slug(), StandardCharsets.UTF_8, related);
    String html = outlet.layout().render(page);
    assertFalse(html.contains("{{"), "placeholder left in " + outlet);
    return Jsoup.parse(html, page.url());
  }

  @ParameterizedTest
  @EnumSource(Outlet.class)
  void titleAndEveryParagraphSurviveParsing(Outlet outlet) {
    Story story = FixtureStories.kobani(outlet == Outlet.CROSSROADS_WIRE);
    Document doc = render(story, outlet);

    assertTrue(doc.title().contains(story.title()), doc.title());
    assertTrue(doc.title().contains(outlet.displayName()), doc.title());
    assertEquals(story.title(), doc.selectFirst("h1, h2").text());
    String text = doc.body().text();
    for (String paragraph : story.paragraphs()) {
      assertTrue(text.contains(paragraph), outlet + " lost: " + paragraph);
    }
  }

  @ParameterizedTest
  @EnumSource(Outlet.class)
  void leadCarriesTheDatelineInTheOutletsOwnForm(Outlet outlet) {
    Story story = FixtureStories.kobani(outlet == Outlet.CROSSROADS_WIRE);
    String text = render(story, outlet).body().text();
    String prefix =
        switch (outlet) {
          case LEVANT_DAILY_MONITOR, EUPHRATES_POST -> "BEIRUT \u2014 ";
          case TIGRIS_OBSERVER -> "BEIRUT: ";
          case DESERT_LINE_NEWS -> "";
          case CROSSROADS_WIRE -> "BEIRUT (Crossroads Wire) - ";
          case NORTHERN_FRONT_REVIEW -> "BEIRUT - ";
        };
    assertTrue(text.contains(prefix + story.paragraphs().getFirst()), outlet.toString());
    assertEquals(outlet == Outlet.DESERT_LINE_NEWS, !text.contains("BEIRUT"), outlet.toString());
  }

  @ParameterizedTest
  @EnumSource(value = Outlet.class, names = "CROSSROADS_WIRE", mode = EnumSource.Mode.EXCLUDE)
  void republishedWireStoryPointsToTheWireAndKeepsItsText(Outlet outlet) {
    Story story = FixtureStories.kobani(true);
    Document page = render(story, outlet);
    Document wire = render(story, Outlet.CROSSROADS_WIRE);

    assertEquals(wire.selectFirst("h1").text(), page.selectFirst("h1, h2").text());
    String wireUrl =
        "https://www.crossroadswire.example/world/middle-east/kobani-recaptured-2015-01-26/";
    assertEquals(wireUrl, wire.selectFirst("link[rel=canonical]").attr("href"));
    // The old Baghdad site has no canonical links at all; there the title and text must match.
    if (outlet != Outlet.TIGRIS_OBSERVER) {
      assertEquals(wireUrl, page.selectFirst("link[rel=canonical]").attr("href"));
    }
    assertTrue(
        page.body().text().contains("BEIRUT (Crossroads Wire) - " + story.paragraphs().getFirst()));
    assertTrue(
        wire.body().text().contains("BEIRUT (Crossroads Wire) - " + story.paragraphs().getFirst()));
  }

  @ParameterizedTest
  @EnumSource(Outlet.class)
  void pageDeclaresItsCharset(Outlet outlet) {
    Story story = FixtureStories.kobani(false);
    Page page =
        assembler.assemble(story, outlet, story.slug(), StandardCharsets.ISO_8859_1, related);
    String html = outlet.layout().render(page).toLowerCase(java.util.Locale.ROOT);
    assertTrue(
        html.contains("charset=\"iso-8859-1\"") || html.contains("charset=iso-8859-1"),
        outlet.toString());
  }

  @org.junit.jupiter.api.Test
  void jsonLdAndOpenGraphOnlyWhereTheOutletUsesThem() {
    Story story = FixtureStories.kobani(true);
    for (Outlet outlet : Outlet.values()) {
      Document doc = render(story, outlet);
      boolean jsonLd = !doc.select("script[type=application/ld+json]").isEmpty();
      boolean openGraph = !doc.select("meta[property=og:title]").isEmpty();
      assertEquals(
          outlet == Outlet.LEVANT_DAILY_MONITOR || outlet == Outlet.CROSSROADS_WIRE,
          jsonLd,
          outlet.toString());
      assertEquals(outlet != Outlet.TIGRIS_OBSERVER, openGraph, outlet.toString());
    }
  }
}
