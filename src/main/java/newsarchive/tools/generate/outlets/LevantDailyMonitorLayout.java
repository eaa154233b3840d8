package newsarchive.tools.generate.outlets;

import static newsarchive.tools.generate.outlets.HtmlText.escape;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The Levant Daily Monitor: a modern Beirut news site with JSON-LD and OpenGraph metadata, a {@code
 * <time datetime>} date printed as "May 29, 2017", the byline under the headline, and ads, a
 * newsletter box and a "Read more" link inside the story body. Thread-safe.
 */
final class LevantDailyMonitorLayout implements Layout {
  private static final DateTimeFormatter URL_DATE =
      DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);

  private static final String SKELETON =
      """
      <!DOCTYPE html>
      <html lang="en-GB">
      <head>
      <meta charset="{{charset}}">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>{{title}} | Levant Daily Monitor</title>
      <meta name="description" content="{{summary}}">
      <link rel="canonical" href="{{canonical}}">
      <meta property="og:type" content="article">
      <meta property="og:site_name" content="Levant Daily Monitor">
      <meta property="og:title" content="{{title}}">
      <meta property="og:description" content="{{summary}}">
      <meta property="og:url" content="{{canonical}}">
      <meta property="og:image" content="{{image}}">
      <meta property="article:published_time" content="{{iso}}">
      <meta property="article:section" content="Middle East">
      <meta name="twitter:card" content="summary_large_image">
      <meta name="twitter:site" content="@LevantMonitor">
      <link rel="stylesheet" href="/static/css/ldm.4f1c2a.css">
      <script type="application/ld+json">{{jsonLd}}</script>
      <script>
        window.ldm = window.ldm || {};
        ldm.page = {section: "middle-east", template: "story", paywall: false};
        ldm.consent = document.cookie.indexOf("ldm_consent=1") !== -1;
      </script>
      <script async src="https://ads.levantmonitor.example/tag/v3/loader.js"></script>
      </head>
      <body class="template-story section-middle-east">
      <div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">
        <p>We use cookies to remember your settings, measure readership and show advertising.
        Read our <a href="/privacy/">privacy policy</a>.</p>
        <button class="cookie-accept" type="button">Accept all</button>
        <button class="cookie-manage" type="button">Manage choices</button>
      </div>
      <header class="site-header">
        <a class="logo" href="/"><img src="/static/img/ldm-logo.svg" alt="Levant Daily Monitor"></a>
        <nav class="primary-nav" aria-label="Sections">
          <ul>
            <li><a href="/news/">News</a></li>
            <li><a href="/middle-east/">Middle East</a></li>
            <li><a href="/syria/">Syria</a></li>
            <li><a href="/iraq/">Iraq</a></li>
            <li><a href="/lebanon/">Lebanon</a></li>
            <li><a href="/business/">Business</a></li>
            <li><a href="/opinion/">Opinion</a></li>
            <li><a href="/video/">Video</a></li>
          </ul>
        </nav>
        <form class="site-search" action="/search/" role="search">
          <input type="search" name="q" placeholder="Search the Monitor" aria-label="Search">
        </form>
        <a class="subscribe-button" href="/subscribe/?ref=header">Subscribe</a>
      </header>
      <div class="ad ad-leaderboard" id="ad-top" data-slot="story_top_728x90">
        <span class="ad-label">Advertisement</span>
      </div>
      <main id="main-content">
      <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news/">News</a> &rsaquo; <a href="/middle-east/">Middle East</a></nav>
      <article class="story">
        <header class="story-header">
          <h1 class="story-title">{{title}}</h1>
          <p class="story-byline">{{byline}}</p>
          <p class="story-meta"><time class="published" datetime="{{iso}}">{{printedDate}}</time> <span class="story-updated">Last updated {{clock}}</span></p>
          <div class="share-bar" aria-label="Share this story">
            <a class="share share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={{canonical}}">Facebook</a>
            <a class="share share-x" href="https://x.com/intent/post?url={{canonical}}">X</a>
            <a class="share share-whatsapp" href="whatsapp://send?text={{canonical}}">WhatsApp</a>
            <a class="share share-email" href="mailto:?subject=From%20the%20Monitor&amp;body={{canonical}}">Email</a>
            <button class="share-copy" type="button">Copy link</button>
          </div>
        </header>
        <figure class="lead-image">
          <img src="{{image}}" alt="{{caption}}" width="1200" height="675" loading="eager">
          <figcaption>{{caption}} <span class="credit">{{credit}}</span></figcaption>
        </figure>
        <div class="story-body">
      {{body}}
        </div>
      {{wireNote}}
        <ul class="story-topics"><li><a href="/topics/syria/">Syria</a></li><li><a href="/topics/iraq/">Iraq</a></li><li><a href="/topics/conflict/">Conflict</a></li></ul>
      </article>
      <section class="related-stories">
        <h2>More from Middle East</h2>
        <ul>
      {{related}}
        </ul>
      </section>
      <section class="comments" id="comments">
        <h2>Comments <span class="count">({{commentCount}})</span></h2>
        <p class="comments-policy">Comments are moderated. Please keep to our <a href="/community/">community standards</a>.</p>
      {{comments}}
      </section>
      </main>
      <aside class="sidebar">
        <div class="newsletter-box">
          <h3>The Monitor Morning Brief</h3>
          <p>The day's most important stories from across the region, in your inbox at 7am Beirut time.</p>
          <form action="/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Your email address"><button type="submit">Sign up</button></form>
        </div>
        <div class="ad ad-mpu" data-slot="story_right_300x250"><span class="ad-label">Advertisement</span></div>
      </aside>
      <footer class="site-footer">
        <ul class="footer-links"><li><a href="/about/">About us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/advertise/">Advertise</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms of use</a></li></ul>
        <p>&copy; Levant Daily Monitor. All rights reserved.</p>
      </footer>
      <script>
        document.querySelector(".cookie-accept").addEventListener("click", function () {
          document.cookie = "ldm_consent=1; max-age=31536000; path=/";
          document.getElementById("cookie-consent").remove();
        });
      </script>
      </body>
      </html>
      """;

  @Override
  public String url(Story story, String slug) {
    return Outlet.LEVANT_DAILY_MONITOR.home()
        + "/news/"
        + URL_DATE.format(story.published())
        + "/"
        + slug
        + "/";
  }

  @Override
  public String render(Page page) {
    String byline = page.creditedByline();
    return new Template(SKELETON)
        .with("charset", page.charset().name().toLowerCase(Locale.ROOT))
        .with("title", escape(page.story().title()))
        .with("summary", escape(page.summary()))
        .with("canonical", escape(page.canonicalUrl()))
        .with("image", escape(page.figure().imageUrl()))
        .with("iso", PrintedDates.iso(page.publishedAt()))
        .with("jsonLd", JsonLd.newsArticle(page, page.summary(), page.figure().imageUrl()))
        .with(
            "byline",
            byline == null
                ? "Monitor staff"
                : "By <a rel=\"author\" href=\"/authors/"
                    + authorPath(byline)
                    + "/\">"
                    + escape(byline)
                    + "</a>")
        .with("printedDate", PrintedDates.monthDayYear(page.publishedAt()))
        .with("clock", PrintedDates.clock12(page.publishedAt().plusMinutes(37)))
        .with("caption", escape(page.figure().caption()))
        .with("credit", escape(page.figure().credit()))
        .with("body", body(page))
        .with(
            "wireNote",
            page.republished()
                ? "  <p class=\"wire-note\">This story was provided by Crossroads Wire and has not been edited by Monitor staff.</p>"
                : "")
        .with("related", related(page.related()))
        .with("commentCount", Integer.toString(page.comments().size()))
        .with("comments", comments(page.comments()))
        .render();
  }

  private static String authorPath(String byline) {
    return byline.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
  }

  private static String body(Page page) {
    List<String> paragraphs = page.story().paragraphs();
    StringBuilder out = new StringBuilder();
    String lead =
        page.story().wire()
            ? escape(page.wireLead())
            : page.story().dateline() == null
                ? escape(paragraphs.getFirst())
                : "<strong>"
                    + escape(page.story().dateline())
                    + "</strong> &mdash; "
                    + escape(paragraphs.getFirst());
    out.append("    <p>").append(lead).append("</p>\n");
    for (int i = 1; i < paragraphs.size(); i++) {
      out.append("    <p>").append(escape(paragraphs.get(i))).append("</p>\n");
      if (i == 2) {
        out.append(
            "    <div class=\"ad ad-inline\" data-slot=\"story_inline_1\"><span class=\"ad-label\">Advertisement</span></div>\n");
      }
      if (i == 4 && !page.related().isEmpty()) {
        Page.RelatedLink link = page.related().getFirst();
        out.append("    <p class=\"inline-related\"><strong>Read more:</strong> <a href=\"")
            .append(escape(link.url()))
            .append("\">")
            .append(escape(link.title()))
            .append("</a></p>\n");
      }
    }
    return out.toString();
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

  private static String comments(List<Page.Comment> comments) {
    StringBuilder out = new StringBuilder("  <ol class=\"comment-thread\">\n");
    for (Page.Comment comment : comments) {
      out.append("    <li class=\"comment\"><p class=\"comment-author\">")
          .append(escape(comment.author()))
          .append(" <time datetime=\"")
          .append(PrintedDates.iso(comment.postedAt()))
          .append("\">")
          .append(PrintedDates.shortMonth(comment.postedAt()))
          .append("</time></p><p class=\"comment-text\">")
          .append(escape(comment.text()))
          .append("</p><button class=\"comment-reply\" type=\"button\">Reply</button></li>\n");
    }
    return out.append("  </ol>").toString();
  }
}
