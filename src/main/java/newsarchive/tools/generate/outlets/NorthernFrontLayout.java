package newsarchive.tools.generate.outlets;

import static newsarchive.tools.generate.outlets.HtmlText.escape;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The Northern Front Review: an Erbil magazine, sometimes saved in ISO-8859-1, whose title puts the
 * outlet first ("Northern Front Review | ..."), with OpenGraph and schema.org microdata instead of
 * JSON-LD, the date printed as "Published 29 May 2017, 14:05", and the byline in an author box
 * after the story. Its own markup is ASCII so that any charset fits. Thread-safe.
 */
final class NorthernFrontLayout implements Layout {
  private static final DateTimeFormatter URL_MONTH =
      DateTimeFormatter.ofPattern("yyyy/MM", Locale.ROOT);

  private static final String SKELETON =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="{{charset}}">
      <title>Northern Front Review | {{title}}</title>
      <meta name="viewport" content="width=device-width">
      <meta property="og:title" content="{{title}}">
      <meta property="og:type" content="article">
      <meta property="og:url" content="{{canonical}}">
      <meta property="og:image" content="{{image}}">
      <meta property="og:description" content="{{summary}}">
      <meta name="twitter:card" content="summary">
      <link rel="canonical" href="{{canonical}}">
      <link rel="stylesheet" href="/theme/nfr.css">
      <script>
        (function (w) { w.nfr = w.nfr || {}; w.nfr.region = "krg"; w.nfr.section = "frontline"; })(window);
      </script>
      <script async src="https://stats.northernfront.example/count.js" data-site="nfr"></script>
      </head>
      <body>
      <div class="gdpr" id="gdpr">Our site uses cookies for statistics and for ads that keep us free to read. <button onclick="this.parentNode.style.display='none'">Got it</button> <a href="/cookies">More</a></div>
      <div class="top">
        <div class="brand"><a href="/">NORTHERN FRONT <span>REVIEW</span></a></div>
        <ul class="menu">
          <li><a href="/frontline">Frontline</a></li><li><a href="/kurdistan">Kurdistan</a></li><li><a href="/syria">Syria</a></li>
          <li><a href="/iraq">Iraq</a></li><li><a href="/turkey">Turkey</a></li><li><a href="/interviews">Interviews</a></li><li><a href="/magazine">Print edition</a></li>
        </ul>
      </div>
      <div class="page">
      <article class="post" itemscope itemtype="https://schema.org/NewsArticle">
        <meta itemprop="datePublished" content="{{isoDate}}">
        <meta itemprop="mainEntityOfPage" content="{{canonical}}">
        <div class="post-category">Frontline</div>
        <h1 class="post-title" itemprop="headline">{{title}}</h1>
        <div class="post-date">Published {{printedDate}}, {{clock}}</div>
        <div class="post-share">Share: <a href="https://www.facebook.com/sharer/sharer.php?u={{canonical}}">Facebook</a> / <a href="https://x.com/intent/post?url={{canonical}}">X</a> / <a href="https://api.whatsapp.com/send?text={{canonical}}">WhatsApp</a></div>
        <div class="post-image"><img itemprop="image" src="{{image}}" alt=""><p class="post-image-caption">{{caption}} Photo: {{credit}}</p></div>
        <div class="post-body" itemprop="articleBody">
      {{body}}
        </div>
        <div class="author-box" itemprop="author" itemscope itemtype="https://schema.org/Person">{{authorBox}}</div>
      </article>
      <div class="subscribe-box"><h4>Read the Review every week</h4><p>Our newsletter brings frontline reporting, interviews and analysis from the Kurdistan Region and beyond.</p><a class="btn" href="/newsletter">Subscribe free</a></div>
      <div class="more"><h3>More on the frontline</h3>
      {{related}}
      </div>
      <div class="responses"><h3>Reader responses</h3>
      {{comments}}
      </div>
      <div class="ad-box"><!-- ad zone 4 --><script>document.write('<div class="ad-slot" id="zone-4"></' + 'div>');</script></div>
      </div>
      <div class="bottom">
        <p><a href="/about">About the Review</a> - <a href="/team">Our team</a> - <a href="/advertise">Advertising</a> - <a href="/privacy">Privacy</a></p>
        <p>© Northern Front Review · Erbil · Independent since 2013</p>
      </div>
      </body>
      </html>
      """;

  @Override
  public String url(Story story, String slug) {
    return Outlet.NORTHERN_FRONT_REVIEW.home()
        + "/frontline/"
        + URL_MONTH.format(story.published())
        + "/"
        + slug;
  }

  @Override
  public String render(Page page) {
    return new Template(SKELETON)
        .with("charset", page.charset().name())
        .with("title", escape(page.story().title()))
        .with("canonical", escape(page.canonicalUrl()))
        .with("image", escape(page.figure().imageUrl()))
        .with("summary", escape(page.summary()))
        .with("isoDate", page.publishedAt().toLocalDate().toString())
        .with("printedDate", PrintedDates.shortMonth(page.publishedAt()))
        .with("clock", PrintedDates.clock24(page.publishedAt()))
        .with("caption", escape(page.figure().caption()))
        .with("credit", escape(page.figure().credit()))
        .with("body", body(page))
        .with("authorBox", authorBox(page))
        .with("related", related(page.related()))
        .with("comments", comments(page.comments()))
        .render();
  }

  private static String body(Page page) {
    List<String> paragraphs = page.story().paragraphs();
    StringBuilder out = new StringBuilder();
    String lead =
        page.story().wire()
            ? escape(page.wireLead())
            : page.story().dateline() == null
                ? escape(paragraphs.getFirst())
                : "<b>"
                    + escape(page.story().dateline())
                    + "</b> - "
                    + escape(paragraphs.getFirst());
    out.append("  <p>").append(lead).append("</p>\n");
    for (int i = 1; i < paragraphs.size(); i++) {
      out.append("  <p>").append(escape(paragraphs.get(i))).append("</p>\n");
    }
    return out.toString();
  }

  private static String authorBox(Page page) {
    if (page.republished()) {
      return "<span itemprop=\"name\">"
          + escape(page.creditedByline())
          + "</span>. Republished from Crossroads Wire under our syndication agreement.";
    }
    if (page.story().byline() == null) {
      return "<span itemprop=\"name\">Review staff</span>. Reported by the Northern Front Review newsroom.";
    }
    return "<span itemprop=\"name\">"
        + escape(page.story().byline())
        + "</span> reports for the Northern Front Review. Send tips through our contact page.";
  }

  private static String related(List<Page.RelatedLink> links) {
    StringBuilder out = new StringBuilder();
    for (Page.RelatedLink link : links) {
      out.append("  <div class=\"more-item\"><a href=\"")
          .append(escape(link.url()))
          .append("\">")
          .append(escape(link.title()))
          .append("</a></div>\n");
    }
    return out.toString();
  }

  private static String comments(List<Page.Comment> comments) {
    if (comments.isEmpty()) {
      return "  <p class=\"no-responses\">No responses yet.</p>";
    }
    StringBuilder out = new StringBuilder();
    for (Page.Comment comment : comments) {
      out.append("  <div class=\"response\"><strong>")
          .append(escape(comment.author()))
          .append("</strong> wrote on ")
          .append(PrintedDates.shortMonth(comment.postedAt()))
          .append(":<blockquote>")
          .append(escape(comment.text()))
          .append("</blockquote></div>\n");
    }
    return out.toString();
  }
}
