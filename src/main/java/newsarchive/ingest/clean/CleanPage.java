package newsarchive.ingest.clean;

/**
 * What {@link HtmlCleaner} takes from one saved page: the article's text and the metadata found
 * beside it. {@code body} holds the article's paragraphs in order, separated by one blank line,
 * with whitespace inside a paragraph collapsed; {@code language} is a two-letter lowercase code.
 * Title and body are never null (either may be empty); the other fields are null when unknown.
 * Immutable.
 */
public record CleanPage(
    String title, String body, String byline, String site, String url, String language) {
  public CleanPage {
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    language = language == null ? "en" : language;
  }
}
