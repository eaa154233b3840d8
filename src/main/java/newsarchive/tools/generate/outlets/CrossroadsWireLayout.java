package newsarchive.tools.generate.outlets;

import static newsarchive.tools.generate.outlets.HtmlText.escape;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Crossroads Wire: a news agency whose stories other outlets republish. Its pages carry JSON-LD and
 * OpenGraph, times in GMT ("May 29, 2017 10:42 AM GMT"), a "By" line under the headline, a "BEIRUT
 * (Crossroads Wire) - " dateline, and a reporting and editing credit at the foot; no comments.
 * Thread-safe.
 */
final class CrossroadsWireLayout implements Layout {
  private static final DateTimeFormatter URL_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
  private static final List<String> EDITORS =
      List.of("Mark Hollis", "Dina Karam", "Peter Vance", "Leila Sabbagh", "Tom Ashworth");

  private static final String SKELETON =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="{{charset}}">
      <title>{{title}} - Crossroads Wire</title>
      <meta name="description" content="{{summary}}">
      <meta name="robots" content="index, follow, max-image-preview:large">
      <link rel="canonical" href="{{canonical}}">
      <meta property="og:title" content="{{title}}">
      <meta property="og:description" content="{{summary}}">
      <meta property="og:type" content="article">
      <meta property="og:url" content="{{canonical}}">
      <meta property="og:image" content="{{image}}">
      <meta property="og:site_name" content="Crossroads Wire">
      <meta property="article:published_time" content="{{iso}}">
      <meta property="article:modified_time" content="{{modified}}">
      <meta name="analytics-attributes.contentChannel" content="World">
      <script type="application/ld+json">{{jsonLd}}</script>
      <script>window.cwData = {"page": {"type": "article", "channel": "middle-east", "wordCount": {{words}}}};</script>
      <link rel="preload" as="font" href="/fonts/cw-sans.woff2" crossorigin>
      </head>
      <body>
      <div class="consent-banner" id="consent-banner" role="region" aria-label="Cookie banner">
        <div class="consent-text">Crossroads Wire and our partners use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time under Privacy settings.</div>
        <div class="consent-actions"><button id="consent-accept">I Accept</button><button id="consent-settings">Privacy settings</button></div>
      </div>
      <header class="cw-header">
        <a class="cw-logo" href="/">Crossroads Wire</a>
        <nav class="cw-nav"><a href="/world/">World</a><a href="/world/middle-east/">Middle East</a><a href="/business/">Business</a><a href="/markets/">Markets</a><a href="/graphics/">Graphics</a><a href="/pictures/">Pictures</a></nav>
        <a class="cw-signin" href="/account/sign-in/">Sign in</a>
      </header>
      <main class="cw-main">
        <div class="cw-article-header">
          <span class="cw-section"><a href="/world/middle-east/">Middle East</a></span>
          <h1 data-testid="Heading">{{title}}</h1>
          <div class="cw-byline">{{byline}}</div>
          <div class="cw-dateline-info"><time datetime="{{iso}}">{{printedDate}} {{clock}} GMT</time> <span>Updated {{updatedAgo}} ago</span></div>
          <ul class="cw-share"><li><a href="https://x.com/intent/post?url={{canonical}}">Post</a></li><li><a href="https://www.linkedin.com/sharing/share-offsite/?url={{canonical}}">LinkedIn</a></li><li><a href="mailto:?body={{canonical}}">Email</a></li></ul>
        </div>
        <figure class="cw-figure"><img src="{{image}}" alt="{{caption}}"><figcaption>{{caption}} {{credit}}/File Photo <a href="/licensing/">Purchase Licensing Rights</a></figcaption></figure>
        <div class="cw-article-body" data-testid="ArticleBody">
      {{body}}
        </div>
        <p class="cw-credits">{{credits}}</p>
        <p class="cw-standards"><a href="/principles/">Our Standards: The Crossroads Wire Trust Principles.</a></p>
        <section class="cw-read-next"><h2>Read Next</h2><ul>
      {{related}}
        </ul></section>
        <div class="cw-ad" data-ad-type="leaderboard"><span>Advertisement &middot; Scroll to continue</span></div>
      </main>
      <footer class="cw-footer">
        <p>All quotes delayed a minimum of 15 minutes.</p>
        <p>&copy; Crossroads Wire. All rights reserved.</p>
      </footer>
      <script>document.getElementById("consent-accept").onclick = function () { document.getElementById("consent-banner").hidden = true; };</script>
      </body>
      </html>
      """;

  @Override
  public String url(Story story, String slug) {
    return Outlet.CROSSROADS_WIRE.home()
        + "/world/middle-east/"
        + slug
        + "-"
        + URL_DATE.format(story.published())
        + "/";
  }

  @Override
  public String render(Page page) {
    Story story = page.story();
    return new Template(SKELETON)
        .with("charset", page.charset().name())
        .with("title", escape(story.title()))
        .with("summary", escape(page.summary()))
        .with("canonical", escape(page.canonicalUrl()))
        .with("image", escape(page.figure().imageUrl()))
        .with("iso", PrintedDates.iso(page.publishedAt()))
        .with("modified", PrintedDates.iso(page.publishedAt().plusMinutes(37)))
        .with("jsonLd", JsonLd.newsArticle(page, page.summary(), page.figure().imageUrl()))
        .with("words", Integer.toString(story.wordCount()))
        .with(
            "byline",
            story.byline() == null
                ? "Crossroads Wire staff"
                : "By <a href=\"/authors/\" rel=\"author\">" + escape(story.byline()) + "</a>")
        .with("printedDate", PrintedDates.monthDayYear(page.publishedAt()))
        .with("clock", PrintedDates.clock12(page.publishedAt()))
        .with("updatedAgo", "37 minutes")
        .with("caption", escape(page.figure().caption()))
        .with("credit", escape(page.figure().credit()))
        .with("body", body(page))
        .with("credits", credits(story))
        .with("related", related(page.related()))
        .render();
  }

  private static String body(Page page) {
    List<String> paragraphs = page.story().paragraphs();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < paragraphs.size(); i++) {
      String text = i == 0 ? page.wireLead() : paragraphs.get(i);
      out.append("    <p data-testid=\"paragraph-")
          .append(i)
          .append("\">")
          .append(escape(text))
          .append("</p>\n");
    }
    return out.toString();
  }

  private static String credits(Story story) {
    String editor = EDITORS.get(Math.floorMod(story.id().hashCode(), EDITORS.size()));
    String reporter = story.byline() == null ? "Crossroads Wire staff" : story.byline();
    return "Reporting by " + escape(reporter) + "; Editing by " + editor;
  }

  private static String related(List<Page.RelatedLink> links) {
    StringBuilder out = new StringBuilder();
    for (Page.RelatedLink link : links) {
      out.append("    <li><a href=\"")
          .append(escape(link.url()))
          .append("\">")
          .append(escape(link.title()))
          .append("</a></li>\n");
    }
    return out.toString();
  }
}
