package newsarchive.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import newsarchive.ingest.Article;
import newsarchive.ingest.Gazetteer;
import newsarchive.ingest.GazetteerEntry;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.StoredFields;
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
  private final Gazetteer gazetteer;

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
    this.gazetteer = gazetteer;
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
      List<String> selected = selectedIn(d, request);
      List<FacetValue> out = new ArrayList<>();
      for (LabelAndValue lv : new FacetCounter(snap.state, result).all(d)) {
        if (fold(lv.label).contains(wanted)) {
          out.add(value(d, lv.label, lv.value.intValue(), selected.contains(lv.label)));
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
      return Optional.of(stored.read(doc.get(Schema.META), doc.get(Schema.BODY)));
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
    FacetCounter counter = snap.state == null ? null : new FacetCounter(snap.state, result);
    for (String dim : FacetDims.ALL) {
      List<String> selected = selectedIn(dim, r);
      List<FacetValue> values = new ArrayList<>();
      if (counter != null) {
        for (LabelAndValue lv : counter.top(dim, FacetDims.shown(dim), selected)) {
          values.add(value(dim, lv.label, lv.value.intValue(), selected.contains(lv.label)));
        }
      }
      if (dim.equals(Schema.YEAR) || dim.equals(Schema.MONTH)) {
        values.sort((a, b) -> a.value().compareTo(b.value()));
      }
      out.put(dim, values);
    }
    return out;
  }

  private FacetValue value(String dim, String label, int count, boolean selected) {
    return switch (dim) {
      case Schema.FACTION ->
          new FacetValue(
              label,
              count,
              selected,
              gazetteer.byCanonicalName(label).map(GazetteerEntry::parent).orElse(null),
              null);
      case Schema.LOCATION ->
          new FacetValue(
              label,
              count,
              selected,
              null,
              gazetteer.byCanonicalName(label).map(GazetteerEntry::country).orElse(null));
      default -> FacetValue.of(label, count, selected);
    };
  }

  private static List<String> selectedIn(String dim, SearchRequest r) {
    return switch (dim) {
      case Schema.FACTION -> r.factions();
      case Schema.LOCATION -> r.locations();
      case Schema.COUNTRY -> r.countries();
      case Schema.SITE -> r.sites();
      case Schema.YEAR -> selectedYears(r);
      case Schema.MONTH -> selectedMonths(r);
      default -> List.of();
    };
  }

  /** A range that is exactly whole years marks those years selected on the timeline. */
  private static List<String> selectedYears(SearchRequest r) {
    if (r.from() == null
        || r.to() == null
        || r.from().getDayOfYear() != 1
        || !r.to().equals(LocalDate.of(r.to().getYear(), 12, 31))) {
      return List.of();
    }
    List<String> years = new ArrayList<>();
    for (int y = r.from().getYear(); y <= r.to().getYear() && years.size() < 200; y++) {
      years.add(Integer.toString(y));
    }
    return years;
  }

  /** A range that is exactly whole months marks those months selected. */
  private static List<String> selectedMonths(SearchRequest r) {
    if (r.from() == null
        || r.to() == null
        || r.from().getDayOfMonth() != 1
        || r.to().getDayOfMonth() != r.to().lengthOfMonth()) {
      return List.of();
    }
    List<String> months = new ArrayList<>();
    for (LocalDate m = r.from(); !m.isAfter(r.to()) && months.size() < 400; m = m.plusMonths(1)) {
      months.add(m.toString().substring(0, 7));
    }
    return months;
  }

  private List<Hit> hits(
      IndexSearcher searcher, ScoreDoc[] page, ParsedQuery parsed, SortOrder order)
      throws IOException {
    List<List<Snippet>> passages = snippets.forDocs(searcher, parsed.highlight(), page);
    StoredFields fields = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = fields.document(page[i].doc, java.util.Set.of(Schema.ID, Schema.META));
      Article a = stored.read(doc.get(Schema.META), "");
      Float score = order == SortOrder.RELEVANCE ? (Float) ((FieldDoc) page[i]).fields[0] : null;
      List<Snippet> ps = passages.get(i);
      hits.add(
          new Hit(
              doc.get(Schema.ID),
              a.title(),
              a.url(),
              a.site(),
              a.published() == null ? null : a.published().toString(),
              score,
              ps.stream().map(Snippet::html).toList(),
              ps,
              a.factions().stream().map(f -> f.name()).toList(),
              a.locations().stream().map(p -> p.name()).toList()));
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
