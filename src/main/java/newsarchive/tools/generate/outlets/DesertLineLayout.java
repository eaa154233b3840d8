package newsarchive.tools.generate.outlets;

import static newsarchive.tools.generate.outlets.HtmlText.escape;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Desert Line News: a blog-style Amman site whose article date appears only in its address
 * (/2017/05/29/slug/); the page has a partial OpenGraph block without a time, a byline in the entry
 * meta, no dateline, a sidebar of widgets and a threaded comment list with the comments' own dates.
 * Thread-safe.
 */
final class DesertLineLayout implements Layout {
  private static final DateTimeFormatter URL_DATE =
      DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);
  private static final DateTimeFormatter COMMENT_TIME =
      DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' h:mm a", Locale.ENGLISH);

  private static final String SKELETON =
      """
      <!DOCTYPE html>
      <html lang="en-US">
      <head>
      <meta charset="{{charset}}">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>{{title}} &#8211; Desert Line News</title>
      <meta property="og:locale" content="en_US">
      <meta property="og:type" content="article">
      <meta property="og:title" content="{{title}}">
      <meta property="og:url" content="{{canonical}}">
      <meta property="og:site_name" content="Desert Line News">
      <link rel="canonical" href="{{canonical}}">
      <link rel="shortlink" href="https://desertline.example/?p={{postId}}">
      <link rel="stylesheet" id="dln-theme-css" href="https://desertline.example/wp-content/themes/dunes/style.css?ver=5.2" type="text/css" media="all">
      <script type="text/javascript">
      /* <![CDATA[ */
      var dunesSettings = {"ajaxurl":"https:\\/\\/desertline.example\\/wp-admin\\/admin-ajax.php","lazy":"1"};
      /* ]]> */
      </script>
      </head>
      <body class="post-template-default single single-post postid-{{postId}} single-format-standard">
      <div id="page" class="site">
      <a class="skip-link screen-reader-text" href="#content">Skip to content</a>
      <header id="masthead" class="site-header">
        <div class="site-branding"><p class="site-title"><a href="https://desertline.example/" rel="home">Desert Line News</a></p>
        <p class="site-description">Reporting from the edges of the map</p></div>
        <nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
          <div class="menu-main-container"><ul id="primary-menu" class="menu">
            <li class="menu-item"><a href="https://desertline.example/category/syria/">Syria</a></li>
            <li class="menu-item"><a href="https://desertline.example/category/iraq/">Iraq</a></li>
            <li class="menu-item"><a href="https://desertline.example/category/jordan/">Jordan</a></li>
            <li class="menu-item"><a href="https://desertline.example/category/long-reads/">Long reads</a></li>
            <li class="menu-item"><a href="https://desertline.example/support-us/">Support us</a></li>
          </ul></div>
        </nav>
      </header>
      <div id="content" class="site-content">
      <div id="primary" class="content-area"><main id="main" class="site-main">
      <article id="post-{{postId}}" class="post-{{postId}} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
        <header class="entry-header">
          <h1 class="entry-title">{{title}}</h1>
          <div class="entry-meta"><span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://desertline.example/author/{{authorPath}}/">{{author}}</a></span></span></div>
        </header>
        <div class="post-thumbnail"><img width="1024" height="576" src="{{image}}" class="attachment-post-thumbnail wp-post-image" alt=""></div>
        <div class="entry-content">
      {{body}}
        <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-twitter" href="https://desertline.example/{{path}}?share=twitter">X</a></li><li><a class="share-facebook" href="https://desertline.example/{{path}}?share=facebook">Facebook</a></li><li><a class="share-print" href="https://desertline.example/{{path}}#print">Print</a></li></ul></div>
        </div>
        <footer class="entry-footer"><span class="cat-links">Posted in <a href="https://desertline.example/category/news/" rel="category tag">News</a></span></footer>
      </article>
      <nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
      {{postNav}}
      </div></nav>
      <div id="comments" class="comments-area">
        <h2 class="comments-title">{{commentCount}} thoughts on &ldquo;{{title}}&rdquo;</h2>
        <ol class="comment-list">
      {{comments}}
        </ol>
        <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
          <form action="https://desertline.example/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published.</p><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" value="Post Comment"></form></div>
      </div>
      </main></div>
      <aside id="secondary" class="widget-area">
        <section class="widget widget_search"><form role="search" method="get" action="https://desertline.example/"><input type="search" name="s" placeholder="Search &hellip;"></form></section>
        <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
      {{recent}}
        </ul></section>
        <section class="widget widget_text"><h2 class="widget-title">Newsletter</h2><div class="textwidget"><p>One email a week with everything we published. No spam.</p><form action="https://desertline.example/newsletter/" method="post"><input type="email" name="ne"><input type="submit" value="Join"></form></div></section>
        <section class="widget widget_ad"><div class="adsbox"><ins class="dl-ad" data-zone="sidebar-300"></ins><script>(window.dlAds = window.dlAds || []).push({});</script></div></section>
      </aside>
      </div>
      <footer id="colophon" class="site-footer"><div class="site-info">Desert Line News &middot; Amman &middot; <a href="https://desertline.example/privacy-policy/">Privacy Policy</a></div></footer>
      </div>
      <div id="cookie-notice" role="dialog" class="cookie-notice-hidden"><div class="cookie-notice-container"><span id="cn-notice-text">We use cookies to give you the best experience on our website.</span><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">Ok</a></div></div>
      <script type="text/javascript">document.getElementById("cn-accept-cookie").onclick = function () { document.cookie = "cookie_notice_accepted=true; path=/"; };</script>
      </body>
      </html>
      """;

  @Override
  public String url(Story story, String slug) {
    return Outlet.DESERT_LINE_NEWS.home()
        + "/"
        + URL_DATE.format(story.published())
        + "/"
        + slug
        + "/";
  }

  @Override
  public String render(Page page) {
    String byline = page.creditedByline();
    String author = byline == null ? "Desert Line" : byline;
    String path = page.url().substring(Outlet.DESERT_LINE_NEWS.home().length() + 1);
    return new Template(SKELETON)
        .with("charset", page.charset().name())
        .with("title", escape(page.story().title()))
        .with("canonical", escape(page.canonicalUrl()))
        .with(
            "postId",
            Long.toString(1000 + Math.floorMod(Hashing.mix(page.url().hashCode()), 90000L)))
        .with("authorPath", author.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"))
        .with("author", escape(author))
        .with("image", escape(page.figure().imageUrl()))
        .with("body", body(page))
        .with("path", escape(path))
        .with("postNav", postNav(page.related()))
        .with("commentCount", Integer.toString(page.comments().size()))
        .with("comments", comments(page.comments()))
        .with("recent", recent(page.related()))
        .render();
  }

  private static String body(Page page) {
    List<String> paragraphs = page.story().paragraphs();
    StringBuilder out = new StringBuilder();
    out.append("<figure class=\"wp-block-image\"><figcaption>")
        .append(escape(page.figure().caption()))
        .append(" &copy; ")
        .append(escape(page.figure().credit()))
        .append("</figcaption></figure>\n");
    for (int i = 0; i < paragraphs.size(); i++) {
      String text = i == 0 && page.story().wire() ? page.wireLead() : paragraphs.get(i);
      out.append("<p>").append(escape(text)).append("</p>\n");
    }
    if (page.republished()) {
      out.append("<p><em>This article first appeared on Crossroads Wire.</em></p>\n");
    }
    return out.toString();
  }

  private static String postNav(List<Page.RelatedLink> links) {
    if (links.isEmpty()) {
      return "";
    }
    Page.RelatedLink previous = links.getFirst();
    return "<div class=\"nav-previous\"><a href=\""
        + escape(previous.url())
        + "\" rel=\"prev\"><span class=\"meta-nav\">Previous post:</span> "
        + escape(previous.title())
        + "</a></div>";
  }

  private static String recent(List<Page.RelatedLink> links) {
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
    StringBuilder out = new StringBuilder();
    int number = 0;
    for (Page.Comment comment : comments) {
      number++;
      out.append("    <li id=\"comment-")
          .append(number)
          .append(
              "\" class=\"comment even depth-1\"><article class=\"comment-body\"><footer class=\"comment-meta\"><div class=\"comment-author vcard\"><b class=\"fn\">")
          .append(escape(comment.author()))
          .append(
              "</b> <span class=\"says\">says:</span></div><div class=\"comment-metadata\"><a href=\"#comment-")
          .append(number)
          .append("\">")
          .append(COMMENT_TIME.format(comment.postedAt()))
          .append("</a></div></footer><div class=\"comment-content\"><p>")
          .append(escape(comment.text()))
          .append("</p></div></article></li>\n");
    }
    return out.toString();
  }
}
