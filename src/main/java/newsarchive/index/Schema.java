package newsarchive.index;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import newsarchive.ingest.Article;
import newsarchive.ingest.entities.FactionTag;
import newsarchive.ingest.entities.PlaceTag;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Every Lucene field of the archive, its type and why, and the Article → Document mapping. The one
 * place that knows field names; everything else refers to these constants. Thread-safe.
 */
public final class Schema {
  /** Stable article id: exact-match term for updates and lookups, doc values to break ties. */
  public static final String ID = "id";

  /** Headline: analysed and searched with a boost; not stored, as the summary and meta hold it. */
  public static final String TITLE = "title";

  /**
   * Body: analysed and stored. No offsets in the postings: they cost a sixth of the index, and the
   * highlighter finds them again by analysing the few bodies a page of results shows.
   */
  public static final String BODY = "body";

  /** Spelling keys of the names in title and body; not stored (see {@link SpellingKey}). */
  public static final String VARIANTS = "variants";

  /**
   * Canonical names of the article's tagged entities, as "faction:Islamic State" or
   * "location:Raqqa": untokenised, so a query naming an entity can prefer the articles tagged with
   * it over those that only contain the word.
   */
  public static final String ENTITY = "entity";

  /** Publication day as epoch day: a point for range filters, doc values for sorting. */
  public static final String PUBLISHED = "published";

  /**
   * Article metadata and tags as JSON (everything but body and source, see {@link StoredArticle}):
   * read back for views.
   */
  public static final String META = "meta";

  /** The path the article was read from, stored apart from the metadata so as not to be hashed. */
  public static final String SOURCE = "source";

  /**
   * What a result list shows (title, site, date, tag names) as small JSON, read for every hit:
   * binary doc values, which a search reads without decompressing the stored body.
   */
  public static final String SUMMARY = "summary";

  /**
   * Hash of the stored content, to tell an unchanged re-ingest from an update: binary doc values,
   * which the indexer reads for every article at start-up far faster than stored fields.
   */
  public static final String CONTENT_HASH = "content_hash";

  /**
   * The article's copy key (see {@code ArticleId.copyKey}) and whether its id comes from a URL,
   * binary doc values for the same reason: the indexer maps it to the id, so a copy of a story
   * without its canonical URL joins the story rather than becoming a second article.
   */
  public static final String COPY_KEY = "copy_key";

  /**
   * When the article first entered the index, in microseconds since 1970 (each article its own
   * value, see {@link Indexer}): a point for "indexed since" filters, doc values to list new
   * articles in the order they came. An update keeps the first value, so a corrected article is not
   * new again. Articles indexed before the field existed have none and are never new.
   */
  public static final String INDEXED = "indexed";

  /**
   * The commit user data key of the commit's indexed mark: every article whose {@link #INDEXED}
   * value is below the mark is in this commit (an article stamped at or after it may be in this
   * commit or a later one). Saved searches count and send new articles up to it, so none is missed
   * or sent twice while an ingest writes.
   */
  public static final String INDEXED_MARK = "indexed_mark";

  /** Facet dimensions; sorted-set doc values facets, no taxonomy index to keep in step. */
  public static final String FACTION = "faction";

  public static final String LOCATION = "location";
  public static final String COUNTRY = "country";
  public static final String SITE = "site";
  public static final String YEAR = "year";
  public static final String MONTH = "month";

  /**
   * The sorted-set doc-values field that holds every dimension's values, as "dim" and label joined
   * by Lucene's {@link FacetsConfig} (its default field: one field, so one table to count from).
   */
  public static final String FACET_VALUES = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;

  /** Longer site names are left out of the site facet (Lucene caps facet paths at 8191). */
  static final int MAX_SITE_NAME = 300;

  private static final FieldType VARIANTS_TYPE = variantsType();
  private final FacetsConfig facets;

  public Schema() {
    facets = new FacetsConfig();
    for (String dim : new String[] {FACTION, LOCATION, COUNTRY}) {
      facets.setMultiValued(dim, true);
    }
  }

  public FacetsConfig facetsConfig() {
    return facets;
  }

  /**
   * The document for {@code article}, first indexed at {@code indexed} (see {@link #INDEXED}; 0 for
   * unknown, which leaves the field out). {@code ancestors} gives a faction's larger groups, so an
   * article about a brigade also counts, and is found, under its parent.
   */
  public Document toDocument(
      String id,
      long indexed,
      Article article,
      String metaJson,
      String summaryJson,
      String contentHash,
      String copyKey,
      Function<FactionTag, Set<String>> ancestors)
      throws java.io.IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, id, Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
    doc.add(new TextField(TITLE, article.title(), Field.Store.NO));
    doc.add(new TextField(BODY, article.body(), Field.Store.YES));
    doc.add(new Field(VARIANTS, article.title() + "\n\n" + article.body(), VARIANTS_TYPE));
    doc.add(new StoredField(META, metaJson));
    doc.add(new StoredField(SOURCE, article.source()));
    doc.add(new BinaryDocValuesField(SUMMARY, new BytesRef(summaryJson)));
    doc.add(new BinaryDocValuesField(CONTENT_HASH, new BytesRef(contentHash)));
    doc.add(new BinaryDocValuesField(COPY_KEY, new BytesRef(copyKey)));
    if (indexed > 0) {
      doc.add(new LongPoint(INDEXED, indexed));
      doc.add(new NumericDocValuesField(INDEXED, indexed));
    }

    LocalDate published = article.published();
    if (published != null) {
      // Undated articles get neither, since Lucene fixes a field's kinds at first use.
      long day = published.toEpochDay();
      doc.add(new NumericDocValuesField(PUBLISHED, day));
      doc.add(new LongPoint(PUBLISHED, day));
      doc.add(new SortedSetDocValuesFacetField(YEAR, String.valueOf(published.getYear())));
      doc.add(new SortedSetDocValuesFacetField(MONTH, published.toString().substring(0, 7)));
    }
    // A longer "site" is a dump's column gone wrong, and facet labels have a length limit.
    if (article.site() != null
        && !article.site().isBlank()
        && article.site().length() <= MAX_SITE_NAME) {
      doc.add(new SortedSetDocValuesFacetField(SITE, article.site().strip()));
    }
    Set<String> factions = new LinkedHashSet<>();
    for (FactionTag f : article.factions()) {
      factions.add(f.name());
      factions.addAll(ancestors.apply(f));
    }
    for (String f : factions) {
      doc.add(new SortedSetDocValuesFacetField(FACTION, f));
      doc.add(new StringField(ENTITY, entity(FACTION, f), Field.Store.NO));
    }
    Set<String> places = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>();
    for (PlaceTag p : article.locations()) {
      places.add(p.name());
      if (p.country() != null && !p.country().isBlank()) {
        countries.add(p.country());
      }
    }
    for (String p : places) {
      doc.add(new SortedSetDocValuesFacetField(LOCATION, p));
      doc.add(new StringField(ENTITY, entity(LOCATION, p), Field.Store.NO));
    }
    for (String c : countries) {
      doc.add(new SortedSetDocValuesFacetField(COUNTRY, c));
    }
    return facets.build(doc);
  }

  /** The {@link #ENTITY} term for a canonical name in a facet dimension. */
  public static String entity(String dim, String canonicalName) {
    return dim + ":" + canonicalName;
  }

  /**
   * Stored fields (body and metadata) are most of an index: DEFLATE packs them to about two thirds
   * of LZ4's size, and only an article view or a snippet reads them, a few per request.
   */
  public Codec codec() {
    return new Lucene104Codec(Lucene104Codec.Mode.BEST_COMPRESSION);
  }

  /** Only ever matched as single terms, so no positions: a quarter of the field's size. */
  private static FieldType variantsType() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.freeze();
    return t;
  }
}
