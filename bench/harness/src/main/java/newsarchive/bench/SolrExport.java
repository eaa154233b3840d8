package newsarchive.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import newsarchive.index.Schema;
import newsarchive.index.StoredArticle;
import newsarchive.ingest.Article;
import newsarchive.ingest.entities.FactionAncestry;
import newsarchive.ingest.entities.FactionTag;
import newsarchive.gazetteer.Gazetteer;
import newsarchive.json.JsonMapper;
import newsarchive.ingest.entities.PlaceTag;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The articles of an archive index as Solr documents, one JSON object a line, with the same facet
 * values the archive indexes (a faction's larger groups included). Solr thereby indexes exactly the
 * articles the archive kept, already cleaned and tagged. Not thread-safe.
 */
final class SolrExport {
  private final ObjectMapper json = JsonMapper.create();
  private final StoredArticle stored = new StoredArticle(json);
  private final FactionAncestry ancestry;

  SolrExport(Gazetteer gazetteer) {
    this.ancestry = new FactionAncestry(gazetteer);
  }

  /** Writes every live article of {@code index} to {@code out}; returns how many. */
  long export(Path index, Path out) throws IOException {
    long n = 0;
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields fields = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) {
            continue;
          }
          Document doc = fields.document(d);
          Article a = stored.read(doc.get(Schema.META), doc.get(Schema.SOURCE), doc.get(Schema.BODY));
          w.write(json.writeValueAsString(solrDoc(doc.get(Schema.ID), a)));
          w.newLine();
          n++;
        }
      }
    }
    return n;
  }

  private ObjectNode solrDoc(String id, Article a) {
    ObjectNode d = json.createObjectNode();
    d.put("id", id);
    d.put("title", a.title());
    d.put("body", a.body());
    if (a.url() != null) {
      d.put("url", a.url());
    }
    if (a.site() != null && !a.site().isBlank()) {
      d.put("site", a.site().strip());
    }
    LocalDate p = a.published();
    if (p != null) {
      d.put("published", p.toEpochDay());
      d.put("year", String.valueOf(p.getYear()));
      d.put("month", p.toString().substring(0, 7));
    }
    Set<String> factions = new LinkedHashSet<>();
    for (FactionTag f : a.factions()) {
      factions.add(f.name());
      factions.addAll(ancestry.apply(f));
    }
    Set<String> places = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>();
    for (PlaceTag t : a.locations()) {
      places.add(t.name());
      if (t.country() != null && !t.country().isBlank()) {
        countries.add(t.country());
      }
    }
    factions.forEach(d.putArray("faction")::add);
    places.forEach(d.putArray("location")::add);
    countries.forEach(d.putArray("country")::add);
    return d;
  }
}
