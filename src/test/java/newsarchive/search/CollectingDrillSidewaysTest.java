package newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class CollectingDrillSidewaysTest {
  @Test
  void countsNothingItselfButHandsOverDrillDownAndSidewaysHits() throws IOException {
    FacetsConfig config = new FacetsConfig();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        String[][] docs = {{"IS", "Raqqa"}, {"IS", "Mosul"}, {"SDF", "Raqqa"}};
        for (String[] d : docs) {
          Document doc = new Document();
          doc.add(new SortedSetDocValuesFacetField("faction", d[0]));
          doc.add(new SortedSetDocValuesFacetField("location", d[1]));
          w.addDocument(config.build(doc));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        var state = new DefaultSortedSetDocValuesReaderState(reader, config);
        DrillDownQuery q = new DrillDownQuery(config, new MatchAllDocsQuery());
        q.add("faction", "IS");
        DrillSideways.ConcurrentDrillSidewaysResult<?> r =
            new CollectingDrillSideways(new IndexSearcher(reader), config, state)
                .search(q, new TopScoreDocCollectorManager(10, Integer.MAX_VALUE));
        assertNull(r.facets);
        var down = new SortedSetDocValuesFacetCounts(state, r.drillDownFacetsCollector);
        assertEquals(1, down.getSpecificValue("location", "Mosul").intValue());
        assertEquals(1, down.getSpecificValue("location", "Raqqa").intValue());
        var sideways = new SortedSetDocValuesFacetCounts(state, r.drillSidewaysFacetsCollector[0]);
        assertEquals(2, sideways.getSpecificValue("faction", "IS").intValue());
        assertEquals(1, sideways.getSpecificValue("faction", "SDF").intValue());
      }
    }
  }
}
