package newsarchive.tools.generate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import newsarchive.tools.generate.outlets.Outlet;
import newsarchive.tools.generate.outlets.Page;
import newsarchive.tools.generate.outlets.Story;

/**
 * Renders a story as one outlet's saved page, in the charset and compression the plan gives it. A
 * page whose text does not fit the planned legacy charset falls back to UTF-8, so no character is
 * ever lost or replaced. Thread-safe.
 */
final class StoryPages {
  private final PageAssembler assembler;
  private final PagePlan plan;

  StoryPages(long seed) {
    this.assembler = new PageAssembler(seed);
    this.plan = new PagePlan(seed);
  }

  PagePlan plan() {
    return plan;
  }

  PageAssembler assembler() {
    return assembler;
  }

  Rendered render(Story story, Outlet outlet, List<Page.RelatedLink> related) {
    Charset wanted = plan.charset(story, outlet);
    Page page = assembler.assemble(story, outlet, story.slug(), wanted, related);
    String html = outlet.layout().render(page);
    if (!wanted.newEncoder().canEncode(html)) {
      page = assembler.assemble(story, outlet, story.slug(), StandardCharsets.UTF_8, related);
      html = outlet.layout().render(page);
    }
    boolean gzip = page.charset().equals(StandardCharsets.UTF_8) && plan.gzip(story, outlet);
    return new Rendered(story, html, page.charset(), gzip);
  }

  /** A rendered page ready to save. Immutable. */
  record Rendered(Story story, String html, Charset charset, boolean gzip) {
    /** The page's file name: its date, its slug, and .html or .html.gz. */
    String fileName() {
      return story.published() + "-" + story.slug() + (gzip ? ".html.gz" : ".html");
    }

    void writeTo(Path folder) {
      PageWriter.write(folder.resolve(fileName()), html, charset, gzip);
    }
  }
}
