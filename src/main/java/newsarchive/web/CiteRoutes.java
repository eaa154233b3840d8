package newsarchive.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import newsarchive.search.Searcher;

/**
 * {@code GET /api/articles/{id}/cite} (a plain reference as JSON) and {@code
 * /api/articles/{id}/cite.ris} (the same as an RIS download). Thread-safe.
 */
final class CiteRoutes {
  private final Searcher searcher;
  private final Clock clock;

  CiteRoutes(Searcher searcher, Clock clock) {
    this.searcher = searcher;
    this.clock = clock;
  }

  /** The cite endpoint's JSON: the reference, and where its RIS record is. Immutable. */
  record Cite(String id, String text, String ris) {}

  void json(Context ctx) throws IOException {
    Citation c = citation(ctx);
    ctx.json(new Cite(c.id(), c.text(), risPath(c.id())));
  }

  void ris(Context ctx) throws IOException {
    Citation c = citation(ctx);
    ctx.contentType("application/x-research-info-systems; charset=utf-8");
    ctx.header("Content-Disposition", ExportRoutes.disposition("news-archive-" + c.id() + ".ris"));
    ctx.result(c.ris().getBytes(StandardCharsets.UTF_8));
  }

  static String risPath(String id) {
    return "/api/articles/" + id + "/cite.ris";
  }

  private Citation citation(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    return new Citation(id, ArticleLookup.find(searcher, id), LocalDate.now(clock));
  }
}
