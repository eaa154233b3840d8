package newsarchive.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Questions about an index folder on disk, asked without opening a writer. Stateless. */
public final class IndexFolder {
  private IndexFolder() {}

  /** Whether {@code dir} holds a committed index with at least one article. */
  public static boolean hasArticles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) {
        return false;
      }
      // The commit's segment list counts documents without opening a segment.
      for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(d)) {
        if (segment.info.maxDoc() - segment.getDelCount() - segment.getSoftDelCount() > 0) {
          return true;
        }
      }
      return false;
    }
  }
}
