package newsarchive.tools.generate.outlets;

import static newsarchive.tools.generate.outlets.HtmlText.escape;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The Euphrates Post: a Damascus-and-Gaziantep news site built of nested divs, with OpenGraph but
 * no JSON-LD, the date printed as "Monday 29 May 2017", a sticky share column, and the byline only
 * at the foot of the story ("Reporting by ..."). Thread-safe.
 */
final class EuphratesPostLayout implements Layout {
  private static final DateTimeFormatter URL_DATE =
      DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);

  private static final String SKELETON =
      """
      <!doctype html>
      <html lang="en" dir="ltr">
      <head>
        <meta http-equiv="Content-Type" content="text/html; charset={{charset}}">
        <title>{{title}} - Euphrates Post</title>
        <meta name="author" content="{{author}}">
        <meta name="keywords" content="Syria, Iraq, Euphrates, war, news">
        <meta property="og:site_name" content="Euphrates Post">
        <meta property="og:type" content="article">
        <meta property="og:title" content="{{title}}">
        <meta property="og:url" content="{{canonical}}">
        <meta property="og:image" content="{{image}}">
        <meta property="article:published_time" content="{{iso}}">
        <meta property="article:author" content="{{author}}">
        <link rel="canonical" href="{{canonical}}">
        <link rel="alternate" type="application/rss+xml" title="Euphrates Post RSS" href="/feed/">
        <link rel="stylesheet" href="/assets/ep-main.css?v=2291">
        <script>var EP_CONFIG = {"lang": "en", "ads": true, "comments": "ep-talk"};</script>
      </head>
      <body>
      <div class="ep-topbar"><div class="ep-wrap">
        <span class="ep-today">Live updates from northern and eastern Syria</span>
        <a href="/ar/" lang="ar" class="ep-lang">Arabic edition</a> <a href="/login/">Log in</a>
      </div></div>
      <div class="ep-masthead"><div class="ep-wrap"><a href="/" class="ep-logo">EUPHRATES POST</a>
        <div class="ep-menu"><a href="/">Home</a> <a href="/category/syria/">Syria</a> <a href="/category/iraq/">Iraq</a> <a href="/category/refugees/">Refugees</a> <a href="/category/analysis/">Analysis</a> <a href="/category/multimedia/">Multimedia</a> <a href="/about/">About</a></div>
      </div></div>
      <div class="ep-wrap ep-columns">
        <div class="ep-share-column" aria-hidden="true">
          <span>SHARE</span>
          <a href="https://www.facebook.com/sharer/sharer.php?u={{canonical}}" class="icon-fb" title="Share on Facebook"></a>
          <a href="https://t.me/share/url?url={{canonical}}" class="icon-tg" title="Share on Telegram"></a>
          <a href="https://x.com/intent/post?url={{canonical}}" class="icon-x" title="Share on X"></a>
        </div>
        <div class="ep-main">
          <div class="ep-kicker"><a href="/category/syria/">Syria</a></div>
          <h1 class="ep-headline">{{title}}</h1>
          <div class="ep-date">{{printedDate}} <span class="ep-sep">|</span> {{clock}} local time</div>
          <div class="ep-photo">
            <img src="{{image}}" alt="">
            <div class="ep-photo-caption">{{caption}}<br><em>{{credit}}</em></div>
          </div>
          <div class="entry-content">
      {{body}}
          </div>
          <div class="ep-reporting">{{reporting}}</div>
          <div class="ep-newsletter">
            <b>Get the Euphrates Post weekly digest.</b> Every Friday, the week in Syria and Iraq.
            <form action="https://lists.euphratespost.example/subscribe" method="post"><input name="EMAIL" type="email" placeholder="Email"><input type="submit" value="Subscribe"></form>
          </div>
          <div class="ep-related"><div class="ep-related-title">Related</div>
      {{related}}
          </div>
          <div id="ep-talk" class="ep-comments">
            <div class="ep-comments-head">{{commentCount}} comments</div>
      {{comments}}
            <noscript>Please enable JavaScript to join the discussion.</noscript>
          </div>
        </div>
        <div class="ep-rail">
          <div class="ep-ad" id="div-gpt-ad-rail-1"><script>window.epAds = window.epAds || []; epAds.push({slot: "rail-1", size: [300, 600]});</script></div>
          <div class="ep-popular"><div class="ep-rail-title">Most read</div>
      {{popular}}
          </div>
        </div>
      </div>
      <div class="ep-footer"><div class="ep-wrap">
        <a href="/about/">About the Euphrates Post</a> &middot; <a href="/ethics/">Editorial policy</a> &middot; <a href="/contact/">Contact</a> &middot; <a href="/privacy/">Privacy &amp; cookies</a>
        <p>Euphrates Post is an independent news site. Material may not be republished without permission.</p>
      </div></div>
      <div class="ep-cookies" id="ep-cookies">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="#" onclick="document.getElementById('ep-cookies').style.display='none';return false;">OK</a></div>
      <script src="/assets/ep-talk.min.js" defer></script>
      </body>
      </html>
      """;

  @Override
  public String url(Story story, String slug) {
    return Outlet.EUPHRATES_POST.home() + "/" + URL_DATE.format(story.published()) + "/" + slug;
  }

  @Override
  public String render(Page page) {
    String byline = page.creditedByline();
    return new Template(SKELETON)
        .with("charset", page.charset().name())
        .with("title", escape(page.story().title()))
        .with("author", escape(byline == null ? "Euphrates Post" : byline))
        .with("canonical", escape(page.canonicalUrl()))
        .with("image", escape(page.figure().imageUrl()))
        .with("iso", PrintedDates.iso(page.publishedAt()))
        .with("printedDate", PrintedDates.weekdayDayMonthYear(page.publishedAt()))
        .with("clock", PrintedDates.clock24(page.publishedAt()))
        .with("caption", escape(page.figure().caption()))
        .with("credit", escape(page.figure().credit()))
        .with("body", body(page))
        .with("reporting", reporting(page))
        .with("related", links(page.related(), 0))
        .with("popular", links(page.related(), 1))
        .with("commentCount", Integer.toString(page.comments().size()))
        .with("comments", comments(page.comments()))
        .render();
  }

  private static String reporting(Page page) {
    if (page.republished()) {
      return "Source: Crossroads Wire"
          + (page.story().byline() == null ? "" : " (" + escape(page.story().byline()) + ")");
    }
    return page.story().byline() == null
        ? "Euphrates Post newsroom"
        : "Reporting by " + escape(page.story().byline()) + "; editing by the Euphrates Post desk";
  }

  private static String body(Page page) {
    List<String> paragraphs = page.story().paragraphs();
    StringBuilder out = new StringBuilder();
    String lead =
        page.story().wire() || page.story().dateline() == null
            ? escape(page.story().wire() ? page.wireLead() : paragraphs.getFirst())
            : escape(page.story().dateline()) + " \u2014 " + escape(paragraphs.getFirst());
    out.append("        <p>").append(lead).append("</p>\n");
    for (int i = 1; i < paragraphs.size(); i++) {
      if (i == 3) {
        out.append(
            "        <div class=\"ep-ad ep-ad-inarticle\" id=\"div-gpt-ad-in-1\"><script>epAds.push({slot: \"in-1\", size: [300, 250]});</script></div>\n");
      }
      out.append("        <p>").append(escape(paragraphs.get(i))).append("</p>\n");
    }
    return out.toString();
  }

  private static String links(List<Page.RelatedLink> links, int offset) {
    StringBuilder out = new StringBuilder();
    for (int i = offset; i < links.size(); i++) {
      Page.RelatedLink link = links.get(i);
      out.append("        <div class=\"ep-link\"><a href=\"")
          .append(escape(link.url()))
          .append("\">")
          .append(escape(link.title()))
          .append("</a></div>\n");
    }
    return out.toString();
  }

  private static String comments(List<Page.Comment> comments) {
    StringBuilder out = new StringBuilder();
    for (Page.Comment comment : comments) {
      out.append("        <div class=\"ep-comment\"><span class=\"ep-comment-user\">")
          .append(escape(comment.author()))
          .append("</span> <span class=\"ep-comment-when\">")
          .append(PrintedDates.daySlash(comment.postedAt()))
          .append("</span><div class=\"ep-comment-body\">")
          .append(escape(comment.text()))
          .append("</div></div>\n");
    }
    return out.toString();
  }
}
