package newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import newsarchive.index.ArticleSummary;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import newsarchive.ingest.Article;
import newsarchive.ingest.Gazetteer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Answers searches over an {@link IndexView}: parses the query, filters by facets and dates with
 * drill-sideways counting, sorts, pages, and highlights. Thread-safe.
 */
public final class Searcher {
  private final IndexView view;
  private final Schema schema;
  private final QueryBuilder queries;
  private final Snippets snippets;
  private final StoredArticle stored;
  private final FacetLabels labels;

  public Searcher(
      IndexView view,
      Schema schema,
      QueryBuilder queries,
      Snippets snippets,
      StoredArticle stored,
      Gazetteer gazetteer) {
    this.view = view;
    this.schema = schema;
    this.queries = queries;
    this.snippets = snippets;
    this.stored = stored;
    this.labels = new FacetLabels(gazetteer);
  }

  public SearchResult search(SearchRequest request) throws IOException {
    long started = System.nanoTime();
    try (IndexView.Snapshot snap = view.acquire()) {
      ParsedQuery parsed =
          queries.parse(request.query(), request.exact(), snap.searcher.getIndexReader());
      Sort sort = sortFor(request.sort());
      FieldDoc after =
          request.after() == null ? null : Cursor.decode(request.sort(), request.after());
      int wanted = after == null ? request.page() * request.size() : request.size();
      DrillSideways.DrillSidewaysResult result =
          runDrillSideways(snap, parsed, request, sort, after, Math.max(1, wanted));
      TopDocs top = result.hits;
      int from = after == null ? (request.page() - 1) * request.size() : 0;
      ScoreDoc[] page =
          java.util.Arrays.copyOfRange(
              top.scoreDocs, Math.min(from, top.scoreDocs.length), top.scoreDocs.length);
      List<Hit> hits = hits(snap.searcher, page, parsed, request.sort());
      long total = top.totalHits.value();
      boolean more = from + page.length < total;
      String next =
          more && page.length > 0
              ? Cursor.encode(request.sort(), (FieldDoc) page[page.length - 1])
              : null;
      Map<String, List<FacetValue>> facets = facets(snap, result, request);
      long tookMs = (System.nanoTime() - started) / 1_000_000;
      return new SearchResult(
          request.query(),
          total,
          request.page(),
          request.size(),
          tookMs,
          hits,
          facets,
          parsed.widened(),
          next);
    }
  }

  /** Values of one facet for the current query and filters, filtered by a name prefix. */
  public List<FacetValue> facetValues(String dim, String prefix, SearchRequest request, int limit)
      throws IOException {
    String d = FacetDims.check(dim);
    String wanted = fold(prefix == null ? "" : prefix.strip());
    try (IndexView.Snapshot snap = view.acquire()) {
      if (snap.state == null) {
        return List.of();
      }
      ParsedQuery parsed =
          queries.parse(request.query(), request.exact(), snap.searcher.getIndexReader());
      DrillSideways.DrillSidewaysResult result =
          runDrillSideways(snap, parsed, request, sortFor(SortOrder.NEWEST), null, 1);
      List<String> selected = labels.selectedIn(d, request);
      List<FacetValue> out = new ArrayList<>();
      for (LabelAndValue lv : new FacetCounter(snap, result).all(d)) {
        if (fold(lv.label).contains(wanted)) {
          out.add(labels.value(d, lv.label, lv.value.intValue(), selected.contains(lv.label)));
        }
      }
      out.sort(
          (a, b) ->
              a.count() != b.count()
                  ? Integer.compare(b.count(), a.count())
                  : a.value().compareTo(b.value()));
      return out.size() > limit ? out.subList(0, limit) : out;
    }
  }

  /** The stored article with {@code id}, if the index has it. */
  public Optional<Article> article(String id) throws IOException {
    try (IndexView.Snapshot snap = view.acquire()) {
      TopDocs top = snap.searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document doc = snap.searcher.storedFields().document(top.scoreDocs[0].doc);
      return Optional.of(
          stored.read(doc.get(Schema.META), doc.get(Schema.SOURCE), doc.get(Schema.BODY)));
    }
  }

  /** How many articles the index holds. */
  public int count() throws IOException {
    try (IndexView.Snapshot snap = view.acquire()) {
      return snap.searcher.getIndexReader().numDocs();
    }
  }

  private DrillSideways.DrillSidewaysResult runDrillSideways(
      IndexView.Snapshot snap,
      ParsedQuery parsed,
      SearchRequest r,
      Sort sort,
      FieldDoc after,
      int n)
      throws IOException {
    DrillDownQuery ddq = new DrillDownQuery(schema.facetsConfig(), parsed.query());
    addAll(ddq, Schema.FACTION, r.factions());
    addAll(ddq, Schema.LOCATION, r.locations());
    addAll(ddq, Schema.COUNTRY, r.countries());
    addAll(ddq, Schema.SITE, r.sites());
    if (r.from() != null || r.to() != null) {
      long lo = r.from() == null ? Long.MIN_VALUE + 1 : r.from().toEpochDay();
      long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
      ddq.add(Schema.YEAR, LongPoint.newRangeQuery(Schema.PUBLISHED, lo, hi));
    }
    // Exact totals: counts that never lie matter more than the last few milliseconds.
    TopFieldCollectorManager hits = new TopFieldCollectorManager(sort, n, after, Integer.MAX_VALUE);
    if (snap.state == null) {
      TopFieldDocs docs = snap.searcher.search(ddq, hits);
      return new DrillSideways.DrillSidewaysResult(null, docs, null, null, null);
    }
    DrillSideways ds =
        new CollectingDrillSideways(snap.searcher, schema.facetsConfig(), snap.state);
    DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result = ds.search(ddq, hits);
    return new DrillSideways.DrillSidewaysResult(
        result.facets,
        result.collectorResult,
        result.drillDownFacetsCollector,
        result.drillSidewaysFacetsCollector,
        result.drillSidewaysDims);
  }

  private static void addAll(DrillDownQuery ddq, String dim, List<String> values) {
    for (String v : values) {
      ddq.add(dim, v);
    }
  }

  private Map<String, List<FacetValue>> facets(
      IndexView.Snapshot snap, DrillSideways.DrillSidewaysResult result, SearchRequest r)
      throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    FacetCounter counter = snap.state == null ? null : new FacetCounter(snap, result);
    for (String dim : FacetDims.ALL) {
      List<String> selected = labels.selectedIn(dim, r);
      List<FacetValue> values = new ArrayList<>();
      if (counter != null) {
        for (LabelAndValue lv : counter.top(dim, FacetDims.shown(dim), selected)) {
          values.add(labels.value(dim, lv.label, lv.value.intValue(), selected.contains(lv.label)));
        }
      }
      if (dim.equals(Schema.YEAR) || dim.equals(Schema.MONTH)) {
        values.sort((a, b) -> a.value().compareTo(b.value()));
      }
      out.put(dim, values);
    }
    return out;
  }

  private List<Hit> hits(
      IndexSearcher searcher, ScoreDoc[] page, ParsedQuery parsed, SortOrder order)
      throws IOException {
    List<List<Snippet>> passages = snippets.forDocs(searcher, parsed.highlight(), page);
    HitSummaries summaries = new HitSummaries(searcher, stored);
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      HitSummaries.IdAndSummary hit = summaries.read(page[i].doc);
      ArticleSummary a = hit.summary();
      Float score = order == SortOrder.RELEVANCE ? (Float) ((FieldDoc) page[i]).fields[0] : null;
      List<Snippet> ps = passages.get(i);
      hits.add(
          new Hit(
              hit.id(),
              a.title(),
              a.url(),
              a.site(),
              a.published() == null ? null : a.published().toString(),
              score,
              ps.stream().map(Snippet::html).toList(),
              ps,
              a.factions(),
              a.locations()));
    }
    return hits;
  }

  private static Sort sortFor(SortOrder order) {
    SortField id = new SortField(Schema.ID, SortField.Type.STRING);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
      case NEWEST -> new Sort(published(true), id);
      case OLDEST -> new Sort(published(false), id);
    };
  }

  /** Articles without a date come last in either direction. */
  private static SortField published(boolean newestFirst) {
    SortField f = new SortField(Schema.PUBLISHED, SortField.Type.LONG, newestFirst);
    f.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return f;
  }

  private static String fold(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
