package newsarchive.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.index.ArticleSummary;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import newsarchive.ingest.Article;
import newsarchive.search.memory.FacetCounter;
import newsarchive.search.memory.HitSet;
import newsarchive.search.memory.IdOrder;
import newsarchive.search.snippets.Snippet;
import newsarchive.search.snippets.Snippets;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

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
  private static final int STREAM_BATCH = 200;

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
      // Without words to rank by, relevance is no order at all: browsing is newest first.
      SortOrder order =
          parsed.browsing() && request.sort() == SortOrder.RELEVANCE
              ? SortOrder.NEWEST
              : request.sort();
      FieldDoc after =
          request.after() == null ? null : Cursor.decode(request, order, request.after());
      int from = after == null ? (request.page() - 1) * request.size() : 0;
      Map<String, Query> filters = filters(request);
      FacetCounter counter = count(snap, parsed, filters, request.facets());
      // One hit past the page tells whether a next cursor leads anywhere, after a cursor too.
      ScoreDoc[] top =
          top(snap, counter.hits(), parsed, filters, order, after, from + request.size() + 1);
      int found = top.length;
      ScoreDoc[] page =
          java.util.Arrays.copyOfRange(
              top, Math.min(from, found), Math.min(from + request.size(), found));
      List<Hit> hits = hits(snap.searcher, page, parsed, order);
      long total = counter.total();
      boolean more = found > from + page.length;
      String next =
          more && page.length > 0
              ? Cursor.encode(request, order, (FieldDoc) page[page.length - 1])
              : null;
      Map<String, List<FacetValue>> facets = facets(counter, request);
      List<Suggestion> suggestions =
          queries.suggest(request.query(), parsed, snap.searcher.getIndexReader(), total);
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
          next,
          parsed.interpreted(),
          suggestions,
          lastPage(total, request.size()));
    }
  }

  /** The last page number page= reaches: the hits' last page, or the last within the limit. */
  private static int lastPage(long total, int size) {
    long pages = Math.max(1, (total + size - 1) / size);
    return (int) Math.min(pages, SearchRequest.MAX_PAGED_HITS / size);
  }

  /**
   * Every hit of {@code request} in its order, ignoring its page and size, handed to {@code sink}
   * with its byline, countries and (with {@code bodies}) body, a batch at a time from one snapshot
   * of the index, so memory stays bounded however many hits there are. The query is read before
   * {@code sink} hears anything.
   */
  public void stream(SearchRequest request, boolean bodies, HitSink sink) throws IOException {
    try (IndexView.Snapshot snap = view.acquire()) {
      IndexSearcher searcher = snap.searcher;
      ParsedQuery parsed =
          queries.parse(request.query(), request.exact(), searcher.getIndexReader());
      Map<String, Query> filters = filters(request);
      FacetCounter counter = count(snap, parsed, filters, List.of());
      sink.start(counter.total(), searcher.getIndexReader().numDocs());
      FieldDoc after =
          request.after() == null ? null : Cursor.decode(request, request.sort(), request.after());
      while (true) {
        ScoreDoc[] batch =
            top(snap, counter.hits(), parsed, filters, request.sort(), after, STREAM_BATCH);
        // A browse has no words to show in context, and the lead it would show instead costs
        // each row a stored body and a sentence scan: most of an export's time at a million rows.
        List<Summarised> hits =
            summarised(searcher, batch, parsed, request.sort(), !parsed.browsing());
        for (int i = 0; i < batch.length; i++) {
          sink.hit(
              hits.get(i).hit(), details(searcher, batch[i].doc, hits.get(i).summary(), bodies));
        }
        if (batch.length < STREAM_BATCH) {
          return;
        }
        // Through the cursor's own form, so a batch continues exactly as an after= link would.
        after =
            Cursor.decode(
                request,
                request.sort(),
                Cursor.encode(request, request.sort(), (FieldDoc) batch[batch.length - 1]));
      }
    }
  }

  /** Values of one facet for the current query and filters, filtered by a name prefix. */
  public List<FacetValue> facetValues(String dim, String prefix, SearchRequest request, int limit)
      throws IOException {
    String d = FacetDims.check(dim);
    String wanted = FacetLabels.fold(prefix == null ? "" : prefix.strip());
    try (IndexView.Snapshot snap = view.acquire()) {
      ParsedQuery parsed =
          queries.parse(request.query(), request.exact(), snap.searcher.getIndexReader());
      FacetCounter counter = count(snap, parsed, filters(request), List.of(d));
      List<String> selected = FacetLabels.selectedIn(d, request);
      List<FacetValue> out = new ArrayList<>();
      for (LabelAndValue lv : counter.all(d)) {
        if (labels.matches(d, lv.label, wanted)) {
          out.add(
              labels.value(
                  d,
                  lv.label,
                  lv.value.intValue(),
                  selected.contains(lv.label),
                  request.excluded(d).contains(lv.label)));
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

  /**
   * The version of the index the searches see: a new commit picked up gives a new number, and
   * nothing else does. Two answers to one request at one version hold the same articles, which lets
   * the web layer tag its answers for caches without knowing the index.
   */
  public long indexVersion() throws IOException {
    return view.version();
  }

  /**
   * The query whose hits are exactly the hits of {@code request} over {@code reader}, its order and
   * page aside: for {@link Arrivals}, which filters them further.
   */
  Query matching(IndexReader reader, SearchRequest request) {
    return ranked(queries.parse(request.query(), request.exact(), reader), filters(request));
  }

  /** How many articles the index holds. */
  public int count() throws IOException {
    try (IndexView.Snapshot snap = view.acquire()) {
      return snap.searcher.getIndexReader().numDocs();
    }
  }

  /** When the commit the searches read was written; empty when that cannot be told. */
  public Optional<Instant> lastCommit() throws IOException {
    return view.lastCommit();
  }

  /**
   * Each selected dimension's filter, in a fixed order: its values OR-ed (or AND-ed when the
   * request wants all of them), less its excluded values. The date range stands for the year, and
   * the month shares it, as the timeline does.
   */
  private Map<String, Query> filters(SearchRequest r) {
    Map<String, Query> out = new LinkedHashMap<>();
    select(out, Schema.FACTION, r.factions(), r);
    select(out, Schema.LOCATION, r.locations(), r);
    select(out, Schema.COUNTRY, r.countries(), r);
    select(out, Schema.SITE, r.sites(), r);
    if (r.from() != null || r.to() != null) {
      long lo = r.from() == null ? Long.MIN_VALUE + 1 : r.from().toEpochDay();
      long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
      out.put(Schema.YEAR, LongPoint.newRangeQuery(Schema.PUBLISHED, lo, hi));
    }
    return out;
  }

  private void select(Map<String, Query> out, String dim, List<String> values, SearchRequest r) {
    List<String> excluded = r.excluded(dim);
    if (values.isEmpty() && excluded.isEmpty()) {
      return;
    }
    out.put(dim, facetFilter(schema, dim, values, r.allOf(dim), excluded));
  }

  /**
   * The filter of one facet dimension: any of {@code values} (all of them when {@code all}), or
   * every article when none is selected, and none of {@code excluded}. Tests hand it to Lucene's
   * drill-sideways search to check the archive's counts.
   */
  static Query facetFilter(
      Schema schema, String dim, List<String> values, boolean all, List<String> excluded) {
    String field = schema.facetsConfig().getDimConfig(dim).indexFieldName;
    BooleanQuery.Builder filter = new BooleanQuery.Builder();
    if (values.isEmpty()) {
      filter.add(MatchAllDocsQuery.INSTANCE, Occur.FILTER);
    } else if (all) {
      for (String v : values) {
        filter.add(new TermQuery(DrillDownQuery.term(field, dim, v)), Occur.FILTER);
      }
    } else {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String v : values) {
        any.add(new TermQuery(DrillDownQuery.term(field, dim, v)), Occur.SHOULD);
      }
      filter.add(any.build(), Occur.FILTER);
    }
    for (String v : excluded) {
      filter.add(new TermQuery(DrillDownQuery.term(field, dim, v)), Occur.MUST_NOT);
    }
    return new ConstantScoreQuery(filter.build());
  }

  /** What the hits are ranked by: the query's words must match, and the selections filter. */
  private static Query ranked(ParsedQuery parsed, Map<String, Query> filters) {
    BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(parsed.query(), Occur.MUST);
    filters.values().forEach(f -> ranked.add(f, Occur.FILTER));
    return ranked.build();
  }

  /**
   * Every hit of the query and its selections, and for each selected dimension every hit of the
   * query and the other selections (the drill-sideways hits, which count that dimension's
   * siblings), as bit sets without scores: the exact total and the facet counts come from these.
   * The query and each selection are searched once, and the sets intersected a word at a time;
   * Lucene's drill-sideways search scores every hit of the query and checks each selection article
   * by article. Only the dimensions {@code dims} are counted.
   */
  private static FacetCounter count(
      IndexView.Snapshot snap, ParsedQuery parsed, Map<String, Query> filters, List<String> dims)
      throws IOException {
    IndexSearcher searcher = snap.searcher;
    IndexReader reader = searcher.getIndexReader();
    HitSet query =
        parsed.query() instanceof MatchAllDocsQuery
            ? HitSet.everyArticle(reader)
            : searcher.search(parsed.query(), HitSet.collector(reader));
    Map<String, HitSet> selected = new LinkedHashMap<>();
    for (Map.Entry<String, Query> f : filters.entrySet()) {
      selected.put(f.getKey(), searcher.search(f.getValue(), HitSet.collector(reader)));
    }
    Map<String, HitSet> sideways = new HashMap<>();
    for (String dim : selected.keySet()) {
      List<HitSet> others = new ArrayList<>(List.of(query));
      selected.forEach(
          (d, hits) -> {
            if (!d.equals(dim)) {
              others.add(hits);
            }
          });
      sideways.put(dim, HitSet.and(others));
    }
    List<HitSet> all = new ArrayList<>(List.of(query));
    all.addAll(selected.values());
    return new FacetCounter(snap.facets, HitSet.and(all), sideways, dims);
  }

  /**
   * The first {@code n} hits in the request's order. In date order they come from the index's date
   * orders and the hit set already found, when it has hits enough to walk them. Else Lucene finds
   * them apart from the counts, so that it may skip the articles that cannot make the page (by
   * their best possible score, or by date), since the exact total comes from the counting search.
   */
  private static ScoreDoc[] top(
      IndexView.Snapshot snap,
      HitSet hits,
      ParsedQuery parsed,
      Map<String, Query> filters,
      SortOrder order,
      FieldDoc after,
      int n)
      throws IOException {
    if (order != SortOrder.RELEVANCE) {
      ScoreDoc[] byDate =
          snap.dates.top(snap.searcher.getIndexReader(), hits, order == SortOrder.NEWEST, after, n);
      if (byDate != null) {
        return byDate;
      }
    }
    Sort sort = sortFor(order, snap.ids);
    return snap.searcher.search(
            ranked(parsed, filters), new TopFieldCollectorManager(sort, n, after, n))
        .scoreDocs;
  }

  private Map<String, List<FacetValue>> facets(FacetCounter counter, SearchRequest r) {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : r.facets()) {
      List<String> selected = FacetLabels.selectedIn(dim, r);
      List<String> excluded = dim.equals(Schema.YEAR) ? List.of() : r.excluded(dim);
      List<String> shownAnyway = new ArrayList<>(selected);
      shownAnyway.addAll(excluded);
      List<FacetValue> values = new ArrayList<>();
      for (LabelAndValue lv : counter.top(dim, FacetDims.shown(dim), shownAnyway)) {
        values.add(
            labels.value(
                dim,
                lv.label,
                lv.value.intValue(),
                selected.contains(lv.label),
                excluded.contains(lv.label)));
      }
      if (dim.equals(Schema.YEAR) || dim.equals(Schema.MONTH)) {
        values.sort((a, b) -> a.value().compareTo(b.value()));
      }
      out.put(dim, values);
    }
    return out;
  }

  /**
   * An export row's byline and countries come from the summary's doc value when the index wrote
   * them there, so an export without bodies never decompresses a stored article: that read and its
   * JSON cost most of an export row's time. Older summaries lack them and fall back to the stored
   * article.
   */
  private HitDetails details(
      IndexSearcher searcher, int doc, ArticleSummary summary, boolean bodies) throws IOException {
    if (summary.complete()) {
      String body =
          bodies
              ? searcher.storedFields().document(doc, Set.of(Schema.BODY)).get(Schema.BODY)
              : null;
      return new HitDetails(summary.byline(), summary.countries(), body);
    }
    Document d = searcher.storedFields().document(doc);
    Article a = stored.read(d.get(Schema.META), d.get(Schema.SOURCE), d.get(Schema.BODY));
    return new HitDetails(a.byline(), StoredArticle.countries(a), bodies ? a.body() : null);
  }

  private List<Hit> hits(
      IndexSearcher searcher, ScoreDoc[] page, ParsedQuery parsed, SortOrder order)
      throws IOException {
    return summarised(searcher, page, parsed, order, true).stream().map(Summarised::hit).toList();
  }

  /** A hit and the stored summary it was made from. */
  private record Summarised(Hit hit, ArticleSummary summary) {}

  private List<Summarised> summarised(
      IndexSearcher searcher,
      ScoreDoc[] page,
      ParsedQuery parsed,
      SortOrder order,
      boolean withSnippets)
      throws IOException {
    List<List<Snippet>> passages =
        withSnippets
            ? snippets.forDocs(searcher, parsed.highlight(), page)
            : Collections.nCopies(page.length, List.of());
    HitSummaries summaries = new HitSummaries(searcher, stored);
    List<Summarised> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      HitSummaries.IdAndSummary hit = summaries.read(page[i].doc);
      ArticleSummary a = hit.summary();
      Float score = order == SortOrder.RELEVANCE ? (Float) ((FieldDoc) page[i]).fields[0] : null;
      List<Snippet> ps = passages.get(i);
      hits.add(
          new Summarised(
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
                  a.locations()),
              a));
    }
    return hits;
  }

  private static Sort sortFor(SortOrder order, IdOrder ids) {
    SortField id = ids.sortField();
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
      case NEWEST -> new Sort(published(true), id);
      case OLDEST -> new Sort(published(false), id);
    };
  }

  /** Articles without a date come last in either direction. */
  private static SortField published(boolean newestFirst) {
    return new SortField(
        Schema.PUBLISHED,
        SortField.Type.LONG,
        newestFirst,
        newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
  }
}
