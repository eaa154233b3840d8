package newsarchive.tools.generate.outlets;

/**
 * One outlet's page design: where its stories live on its site and how a story page is marked up.
 * Implementations are stateless and thread-safe.
 */
public interface Layout {
  /** The address of the story's page on the outlet's site; {@code slug} names the story. */
  String url(Story story, String slug);

  /** The complete HTML document of the page, declaring {@link Page#charset()} in a meta tag. */
  String render(Page page);
}
