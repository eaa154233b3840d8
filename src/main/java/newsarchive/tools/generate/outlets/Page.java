package newsarchive.tools.generate.outlets;

import java.nio.charset.Charset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything a layout needs to render one story page: the story, the outlet, the page's own and
 * canonical address (the wire's page when the story is republished), the publication time in the
 * outlet's zone, the charset the page will be saved in, and the page furniture around the story.
 * Immutable.
 */
public record Page(
    Story story,
    Outlet outlet,
    String url,
    String canonicalUrl,
    ZonedDateTime publishedAt,
    Charset charset,
    List<RelatedLink> related,
    List<Comment> comments,
    Figure figure) {
  public Page {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(figure, "figure");
    related = List.copyOf(related);
    comments = List.copyOf(comments);
  }

  /** True when this outlet carries a wire story first published by the wire agency. */
  public boolean republished() {
    return story.wire() && outlet != Outlet.CROSSROADS_WIRE;
  }

  /** The wire agency's form of a lead paragraph, which every outlet carrying the story keeps. */
  public String wireLead() {
    String lead = story.paragraphs().getFirst();
    return story.dateline() == null ? lead : story.dateline() + " (Crossroads Wire) - " + lead;
  }

  /** The byline as this outlet credits it: a republisher names the wire; null for staff. */
  public String creditedByline() {
    if (!republished()) {
      return story.byline();
    }
    return story.byline() == null ? "Crossroads Wire" : story.byline() + ", Crossroads Wire";
  }

  /** The start of the lead paragraph, cut at a word boundary, for description meta tags. */
  public String summary() {
    String lead = story.paragraphs().getFirst();
    if (lead.length() <= 160) {
      return lead;
    }
    int cut = lead.lastIndexOf(' ', 157);
    return lead.substring(0, cut > 0 ? cut : 157) + "...";
  }

  /** A link to another story, shown beside or below the article. Immutable. */
  public record RelatedLink(String title, String url) {
    public RelatedLink {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(url, "url");
    }
  }

  /** A reader's comment under the article. Immutable. */
  public record Comment(String author, ZonedDateTime postedAt, String text) {
    public Comment {
      Objects.requireNonNull(author, "author");
      Objects.requireNonNull(postedAt, "postedAt");
      Objects.requireNonNull(text, "text");
    }
  }

  /** The lead photograph: image address, caption and photo credit. Immutable. */
  public record Figure(String imageUrl, String caption, String credit) {
    public Figure {
      Objects.requireNonNull(imageUrl, "imageUrl");
      Objects.requireNonNull(caption, "caption");
      Objects.requireNonNull(credit, "credit");
    }
  }
}
