package newsarchive.search.snippets;

/**
 * A highlighted passage of an article body: HTML-escaped text with only {@code <mark>} added, and
 * the 0-based index of the body paragraph it comes from. Immutable.
 */
public record Snippet(String html, int paragraph) {}
