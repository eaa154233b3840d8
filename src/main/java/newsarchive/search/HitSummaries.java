package newsarchive.search;

import java.io.IOException;
import java.util.List;
import newsarchive.index.ArticleSummary;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;

/**
 * Reads a hit's id and summary from doc values, which costs a seek, where stored fields would
 * decompress the article's whole block. Not thread-safe; one per search.
 */
final class HitSummaries {
  private final List<LeafReaderContext> leaves;
  private final StoredArticle stored;

  HitSummaries(IndexSearcher searcher, StoredArticle stored) {
    this.leaves = searcher.getIndexReader().leaves();
    this.stored = stored;
  }

  record IdAndSummary(String id, ArticleSummary summary) {}

  IdAndSummary read(int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    int local = doc - leaf.docBase;
    SortedDocValues ids = leaf.reader().getSortedDocValues(Schema.ID);
    BinaryDocValues summaries = leaf.reader().getBinaryDocValues(Schema.SUMMARY);
    if (ids == null
        || summaries == null
        || !ids.advanceExact(local)
        || !summaries.advanceExact(local)) {
      throw new IllegalStateException("article " + doc + " has no id or summary in the index");
    }
    return new IdAndSummary(
        ids.lookupOrd(ids.ordValue()).utf8ToString(),
        stored.readSummary(summaries.binaryValue().utf8ToString()));
  }
}
