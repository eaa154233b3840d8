package newsarchive.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Consistent copies of an index folder while other processes write and read it, and the check that
 * a copy is sound before it replaces anything.
 *
 * <p>A backup copies the files of the latest commit point, read from its segments file: the files
 * of a commit are never changed once written, and the writer (an ingest, in another process, which
 * holds the write lock) deletes them only after a newer commit has replaced them. So the copy is
 * that commit exactly, whatever is written meanwhile; if a file vanishes before it is copied, a
 * newer commit has landed, and the backup starts again from that one. The segments file is copied
 * last, into a fresh folder that takes its final name only when everything is on disk. Stateless.
 */
public final class IndexBackup {
  private static final int ATTEMPTS = 10;

  private IndexBackup() {}

  /** What a backup or a check found: the commit's generation, its articles and its files. */
  public record Commit(long generation, int articles, int files, long bytes) {}

  /** What a check found: clean or not, the commit, and the first problem in one line. */
  public record Health(boolean clean, Commit commit, String problem) {}

  /** Writes more into a backup folder before it takes its name (the saved searches, say). */
  public interface Extra {
    void writeInto(Path folder) throws IOException;
  }

  /** Copies the latest commit of the index in {@code index} into the new folder {@code dest}. */
  public static Commit backup(Path index, Path dest) throws IOException {
    return backup(index, dest, folder -> {});
  }

  /**
   * As above, letting {@code extra} write into the folder once the commit is copied, so that the
   * backup takes its name only when all of it is there.
   */
  public static Commit backup(Path index, Path dest, Extra extra) throws IOException {
    if (Files.exists(dest)) {
      throw new FileAlreadyExistsException(dest + " already exists; give a new folder");
    }
    requireFolder(index);
    Path partial = sibling(dest, ".partial");
    try (Directory from = FSDirectory.open(index)) {
      for (int attempt = 1; ; attempt++) {
        deleteTree(partial);
        Files.createDirectories(partial);
        SegmentInfos commit = latest(from, index);
        try (Directory to = FSDirectory.open(partial)) {
          List<String> files = new ArrayList<>(commit.files(false));
          String segments = commit.getSegmentsFileName();
          long bytes = 0;
          for (String name : files) {
            to.copyFrom(from, name, name, IOContext.DEFAULT);
            bytes += to.fileLength(name);
          }
          to.copyFrom(from, segments, segments, IOContext.DEFAULT);
          bytes += to.fileLength(segments);
          files.add(segments);
          to.sync(files);
          extra.writeInto(partial);
          to.syncMetaData();
          move(partial, dest);
          return new Commit(commit.getGeneration(), articles(commit), files.size(), bytes);
        } catch (NoSuchFileException e) {
          if (attempt == ATTEMPTS) {
            deleteTree(partial);
            throw new IOException(
                "the index changed under every one of " + ATTEMPTS + " attempts; try again", e);
          }
        }
      }
    }
  }

  /** Runs Lucene's CheckIndex over the index in {@code index}, reading only. */
  public static Health check(Path index) throws IOException {
    requireFolder(index);
    try (Directory dir = FSDirectory.open(index)) {
      SegmentInfos commit = latest(dir, index);
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      try (CheckIndex checker = new CheckIndex(dir)) {
        checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
        CheckIndex.Status status = checker.checkIndex();
        Commit c =
            new Commit(commit.getGeneration(), articles(commit), commit.files(true).size(), 0);
        if (status.clean) {
          return new Health(true, c, null);
        }
        return new Health(false, c, firstProblem(log.toString(StandardCharsets.UTF_8), status));
      } catch (LockObtainFailedException e) {
        throw new IOException(
            "the index in " + index + " is being written (an ingest holds it); check a backup");
      }
    }
  }

  /**
   * Replaces the index in {@code index} with the backup in {@code backup}, after checking the
   * backup: a damaged backup changes nothing. The index being replaced must not be open for
   * writing.
   */
  public static Commit restore(Path backup, Path index) throws IOException {
    Health health = check(backup);
    if (!health.clean()) {
      throw new IOException(
          "the backup in " + backup + " is damaged, nothing was replaced: " + health.problem());
    }
    Path incoming = sibling(index, ".restoring");
    deleteTree(incoming);
    copyCommit(backup, incoming);
    Path old = sibling(index, ".replaced");
    deleteTree(old);
    if (Files.exists(index)) {
      try (Directory dir = FSDirectory.open(index)) {
        // Taking the write lock proves no ingest is writing; it is let go at once.
        dir.obtainLock("write.lock").close();
      } catch (LockObtainFailedException e) {
        deleteTree(incoming);
        throw new IOException(
            "the index in " + index + " is being written (an ingest holds it); stop it first");
      }
      move(index, old);
    }
    move(incoming, index);
    deleteTree(old);
    return health.commit();
  }

  /** Lucene makes a missing folder when it opens one; a check or a backup must not. */
  private static void requireFolder(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      throw new IOException("no index in " + index);
    }
  }

  private static SegmentInfos latest(Directory dir, Path where) throws IOException {
    try {
      return SegmentInfos.readLatestCommit(dir);
    } catch (IndexNotFoundException | NoSuchFileException e) {
      throw new IOException("no index in " + where);
    }
  }

  private static int articles(SegmentInfos commit) {
    int n = 0;
    for (SegmentCommitInfo s : commit) {
      n += s.info.maxDoc() - s.getDelCount() - s.getSoftDelCount();
    }
    return n;
  }

  private static String firstProblem(String log, CheckIndex.Status status) {
    for (String line : log.lines().toList()) {
      String l = line.strip();
      if (l.startsWith("FAILED") || l.startsWith("ERROR") || l.contains("WARNING: ")) {
        return l;
      }
    }
    return status.missingSegments
        ? "segments are missing"
        : status.totLoseDocCount + " articles in broken segments";
  }

  private static Path sibling(Path path, String suffix) {
    Path abs = path.toAbsolutePath().normalize();
    return abs.resolveSibling(abs.getFileName() + suffix);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /**
   * Copies the files of the latest commit in {@code from}, and only those: a backup folder may hold
   * more (the saved searches), which have places of their own.
   */
  private static void copyCommit(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Directory dir = FSDirectory.open(from)) {
      for (String name : latest(dir, from).files(true)) {
        Files.copy(from.resolve(name), to.resolve(name));
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
