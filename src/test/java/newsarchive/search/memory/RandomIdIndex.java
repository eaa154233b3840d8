package newsarchive.search.memory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import newsarchive.index.Schema;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The index the sort tests compare orders on: 3,000 articles with random ids, a third of them
 * marked part "third", in five segments with every 13th article deleted, most days shared by many
 * articles, and when asked every 17th article undated.
 */
final class RandomIdIndex {
  private RandomIdIndex() {}

  /** Writes the index into {@code dir}; returns the ids in the order written. */
  static List<String> write(Directory dir, Random random, boolean someUndated) throws IOException {
    List<String> ids = new ArrayList<>();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      for (int i = 0; i < 3000; i++) {
        String id = String.format(Locale.ROOT, "%016x", random.nextLong());
        ids.add(id);
        Document doc = new Document();
        doc.add(new StringField(Schema.ID, id, Field.Store.NO));
        doc.add(new SortedDocValuesField(Schema.ID, new BytesRef(id)));
        doc.add(new StringField("part", i % 3 == 0 ? "third" : "rest", Field.Store.NO));
        if (!someUndated || i % 17 != 0) {
          doc.add(new NumericDocValuesField(Schema.PUBLISHED, 17_000 + random.nextInt(40)));
        }
        w.addDocument(doc);
        if (i % 700 == 699) {
          w.commit(); // several segments
        }
      }
      for (int i = 0; i < 3000; i += 13) {
        w.deleteDocuments(new Term(Schema.ID, ids.get(i)));
      }
    }
    return ids;
  }
}
