package newsarchive.tools.generate.outlets;

import static newsarchive.tools.generate.outlets.HtmlText.escape;

import java.util.List;
import java.util.Locale;

/**
 * The Tigris Observer: an older Baghdad site laid out in tables, sometimes saved in windows-1256,
 * with no JSON-LD or OpenGraph, the date printed as "29/05/2017" beside "Posted:", the byline in a
 * side table, a numeric PHP address, and a link to its Arabic edition. Thread-safe.
 */
final class TigrisObserverLayout implements Layout {
  // "The Arabic edition", in Arabic script: every page carries it, so it must fit the charset.
  private static final String ARABIC_EDITION =
      "\u0627\u0644\u0646\u0633\u062e\u0629 \u0627\u0644\u0639\u0631\u0628\u064a\u0629";

  private static final String SKELETON =
      """
      <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
      <html>
      <head>
      <meta http-equiv="Content-Type" content="text/html; charset={{charset}}">
      <title>{{title}} | Tigris Observer</title>
      <link href="/css/style.css" rel="stylesheet" type="text/css">
      <script type="text/javascript" src="/js/menu.js"></script>
      <script type="text/javascript">
      <!--
      function printArticle() { window.open('{{printUrl}}', 'print', 'width=700,height=600'); }
      var visits = 0; if (document.cookie.indexOf('to_visit') < 0) { document.cookie = 'to_visit=1'; }
      //-->
      </script>
      </head>
      <body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
      <table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr>
          <td colspan="2" class="header"><a href="/"><img src="/images/logo.gif" alt="Tigris Observer" border="0"></a>
            <span class="slogan">Independent news from Baghdad since 2004</span>
            <a href="/ar/" class="arabic">&#1593;&#1585;&#1576;&#1610;</a> <span class="arabic-edition">{{arabicEdition}}</span></td>
        </tr>
        <tr>
          <td colspan="2" class="menu">
            <a href="/">Home</a> | <a href="/section.php?s=iraq">Iraq</a> | <a href="/section.php?s=kurdistan">Kurdistan</a> | <a href="/section.php?s=region">Region</a> | <a href="/section.php?s=economy">Economy</a> | <a href="/section.php?s=opinion">Opinion</a> | <a href="/archive.php">Archive</a> | <a href="/contact.php">Contact</a>
          </td>
        </tr>
        <tr>
          <td width="700" valign="top" class="content">
            <table width="100%" cellpadding="4">
              <tr><td class="section-name">Iraq &raquo; News</td></tr>
              <tr><td><h2 class="news-title">{{title}}</h2></td></tr>
              <tr><td class="date">Posted: {{printedDate}} - {{clock}}</td></tr>
              <tr><td class="tools"><a href="javascript:printArticle()">Print</a> | <a href="/send.php?id={{id}}">Send to a friend</a> | <a href="https://www.facebook.com/sharer.php?u={{canonical}}">Facebook</a> | Font: <a href="#" onclick="document.body.style.fontSize='larger';return false;">A+</a></td></tr>
              <tr><td class="photo"><img src="{{image}}" width="450" alt=""><br><span class="caption">{{caption}} ({{credit}})</span></td></tr>
              <tr><td class="news-text">
      {{body}}
              </td></tr>
              <tr><td class="views">Views: {{views}}</td></tr>
            </table>
            <table width="100%" class="comments-box">
              <tr><td class="comments-title">Readers' comments ({{commentCount}})</td></tr>
      {{comments}}
              <tr><td><form action="/comment.php" method="post">Name: <input name="name"> Comment: <textarea name="body"></textarea> <input type="submit" value="Send"></form></td></tr>
            </table>
          </td>
          <td width="280" valign="top" class="side">
            <table width="100%" class="writer-box">
              <tr><td class="side-title">Writer</td></tr>
              <tr><td>{{writer}}</td></tr>
            </table>
            <table width="100%" class="side-box">
              <tr><td class="side-title">Also in this section</td></tr>
      {{related}}
            </table>
            <div class="banner"><a href="/ads/click.php?b=17"><img src="/ads/banner-280x250.gif" alt="Advertisement" border="0"></a></div>
          </td>
        </tr>
        <tr>
          <td colspan="2" class="footer">Copyright &copy; Tigris Observer. All rights reserved. | <a href="/about.php">About</a> | <a href="/adv.php">Advertise with us</a></td>
        </tr>
      </table>
      <script type="text/javascript">var _to = _to || []; _to.push(['page', '{{id}}']);</script>
      </body>
      </html>
      """;

  @Override
  public String url(Story story, String slug) {
    return Outlet.TIGRIS_OBSERVER.home() + "/news.php?id=" + articleNumber(story, slug);
  }

  /** A number that looks like an old database id: the day since 1970, then a hash of the slug. */
  private static String articleNumber(Story story, String slug) {
    long hash = Math.floorMod(Hashing.mix(slug.hashCode()), 1_000_000L);
    return story.published().toEpochDay() + String.format(Locale.ROOT, "%06d", hash);
  }

  @Override
  public String render(Page page) {
    String id = page.url().substring(page.url().indexOf("id=") + 3);
    String byline = page.creditedByline();
    return new Template(SKELETON)
        .with("charset", page.charset().name().toLowerCase(Locale.ROOT))
        .with("title", escape(page.story().title()))
        .with("printUrl", "/print.php?id=" + id)
        .with("arabicEdition", ARABIC_EDITION)
        .with("printedDate", PrintedDates.daySlash(page.publishedAt()))
        .with("clock", PrintedDates.clock24(page.publishedAt()))
        .with("id", id)
        .with("canonical", escape(page.canonicalUrl()))
        .with("image", escape(page.figure().imageUrl()))
        .with("caption", escape(page.figure().caption()))
        .with("credit", escape(page.figure().credit()))
        .with("body", body(page))
        .with("views", Integer.toString(200 + Math.floorMod(id.hashCode(), 9000)))
        .with("commentCount", Integer.toString(page.comments().size()))
        .with("comments", comments(page.comments()))
        .with("writer", byline == null ? "Tigris Observer" : escape(byline))
        .with("related", related(page.related()))
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
                    + ":</b> "
                    + escape(paragraphs.getFirst());
    out.append(lead).append("<br><br>\n");
    for (int i = 1; i < paragraphs.size(); i++) {
      out.append(escape(paragraphs.get(i))).append(i + 1 < paragraphs.size() ? "<br><br>\n" : "\n");
    }
    if (page.republished()) {
      out.append("<br><br><i>(Crossroads Wire)</i>\n");
    }
    return out.toString();
  }

  private static String comments(List<Page.Comment> comments) {
    StringBuilder out = new StringBuilder();
    for (Page.Comment comment : comments) {
      out.append("        <tr><td class=\"comment\"><b>")
          .append(escape(comment.author()))
          .append("</b> - ")
          .append(PrintedDates.daySlash(comment.postedAt()))
          .append("<br>")
          .append(escape(comment.text()))
          .append("</td></tr>\n");
    }
    return out.toString();
  }

  private static String related(List<Page.RelatedLink> links) {
    StringBuilder out = new StringBuilder();
    for (Page.RelatedLink link : links) {
      out.append("        <tr><td class=\"side-link\">&bull; <a href=\"")
          .append(escape(link.url()))
          .append("\">")
          .append(escape(link.title()))
          .append("</a></td></tr>\n");
    }
    return out.toString();
  }
}
