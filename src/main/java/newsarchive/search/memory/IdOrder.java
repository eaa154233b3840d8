package newsarchive.search.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import newsarchive.index.Schema;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * Breaks ties between hits by article id, as cursors need, from memory. An id is 16 lowercase hex
 * digits, so it reads as a 64-bit number whose unsigned order is the ids' own order; each segment's
 * ids are read into an array once. Lucene's string sort instead looks the lowest kept hit's id up
 * in each segment's terms whenever that hit changes, and decompresses the id of every hit it keeps:
 * a third of a deep page's time on a million articles. Sort values stay the ids' bytes, so cursors
 * read and write them as before. Thread-safe.
 */
public final class IdOrder {
  private static final HexFormat HEX = HexFormat.of();
  private final Map<Object, long[]> bySegment = new ConcurrentHashMap<>();

  /** The sort field: ascending ids. */
  public SortField sortField() {
    return new SortField(Schema.ID, new Source());
  }

  /** Forgets the segments {@code reader} no longer has (merged away); a search may read again. */
  public void keepOnly(IndexReader reader) {
    Set<Object> live = new HashSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      live.add(key(leaf.reader()));
    }
    bySegment.keySet().retainAll(live);
  }

  /** Reads the ids of every segment of {@code reader} it does not have yet. */
  public void readAll(IndexReader reader) {
    for (LeafReaderContext leaf : reader.leaves()) {
      of(leaf.reader());
    }
  }

  /** The ids of {@code reader}'s articles as numbers, by segment doc; read once a segment. */
  long[] of(LeafReader reader) {
    return bySegment.computeIfAbsent(key(reader), k -> read(reader));
  }

  /** What a segment's in-memory data is kept under: its core, which deletions do not change. */
  static Object key(LeafReader reader) {
    return reader.getCoreCacheHelper() == null ? reader : reader.getCoreCacheHelper().getKey();
  }

  private static long[] read(LeafReader reader) {
    try {
      SortedDocValues dv = DocValues.getSorted(reader, Schema.ID);
      long[] byOrd = new long[dv.getValueCount()];
      TermsEnum terms = dv.termsEnum(); // in order: a step each, where lookupOrd seeks each time
      for (int o = 0; o < byOrd.length; o++) {
        byOrd[o] = number(terms.next());
      }
      long[] byDoc = new long[reader.maxDoc()];
      for (int d = dv.nextDoc(); d != SortedDocValues.NO_MORE_DOCS; d = dv.nextDoc()) {
        byDoc[d] = byOrd[dv.ordValue()];
      }
      return byDoc;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The id as its 64-bit number. */
  static long number(BytesRef id) {
    if (id.length != 16) {
      throw notAnId(id);
    }
    long n = 0;
    for (int i = 0; i < 16; i++) {
      int digit = Character.digit(id.bytes[id.offset + i], 16);
      if (digit < 0) {
        throw notAnId(id);
      }
      n = (n << 4) | digit;
    }
    return n;
  }

  private static IllegalStateException notAnId(BytesRef id) {
    return new IllegalStateException("not an archive id (16 hex digits): " + id.utf8ToString());
  }

  /**
   * The id of a 64-bit number, as {@link newsarchive.ingest.ArticleId} writes it: 16 lower-case hex
   * digits. Called for every hit a deep page keeps (2,001 for page 200), where a format string was
   * a twentieth of a search's allocation.
   */
  static BytesRef id(long number) {
    return new BytesRef(HEX.toHexDigits(number));
  }

  private final class Source extends FieldComparatorSource {
    @Override
    public FieldComparator<BytesRef> newComparator(
        String field, int numHits, Pruning pruning, boolean reversed) {
      return new Comparator(numHits);
    }
  }

  private final class Comparator extends FieldComparator<BytesRef> {
    private final long[] slots;
    private long bottom;
    private long top;

    Comparator(int numHits) {
      this.slots = new long[numHits];
    }

    @Override
    public int compare(int slot1, int slot2) {
      return Long.compareUnsigned(slots[slot1], slots[slot2]);
    }

    @Override
    public void setTopValue(BytesRef value) {
      top = number(value);
    }

    @Override
    public BytesRef value(int slot) {
      return id(slots[slot]);
    }

    @Override
    public LeafFieldComparator getLeafComparator(LeafReaderContext context) {
      long[] ids = of(context.reader());
      return new LeafFieldComparator() {
        @Override
        public void setBottom(int slot) {
          bottom = slots[slot];
        }

        @Override
        public int compareBottom(int doc) {
          return Long.compareUnsigned(bottom, ids[doc]);
        }

        @Override
        public int compareTop(int doc) {
          return Long.compareUnsigned(top, ids[doc]);
        }

        @Override
        public void copy(int slot, int doc) {
          slots[slot] = ids[doc];
        }

        @Override
        public void setScorer(Scorable scorer) {
          // ids need no score
        }
      };
    }
  }
}
