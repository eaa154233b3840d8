package newsarchive.saved;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The saved searches' part in {@code archive backup} and {@code restore}: a backup folder holds,
 * beside the index's files, a copy of the database as {@value #IN_BACKUP}, and a restore puts it
 * back beside the index. Stateless.
 */
public final class SavedSearchBackup {
  /** The database's file name inside a backup folder. */
  public static final String IN_BACKUP = "saved-searches.db";

  private SavedSearchBackup() {}

  /**
   * Copies the saved searches of the index in {@code index}, if it has any, into the folder {@code
   * folder}; returns how many were copied, or empty when the index has no database.
   */
  public static Optional<Integer> backup(Path index, Path folder) throws IOException {
    Path db = SavedSearchStore.fileFor(index);
    if (!Files.isRegularFile(db)) {
      return Optional.empty();
    }
    try (SavedSearchStore store = SavedSearchStore.open(db)) {
      store.backupTo(folder.resolve(IN_BACKUP));
    }
    return Optional.of(SavedSearchStore.check(folder.resolve(IN_BACKUP)));
  }

  /**
   * Checks the copy in the backup folder {@code folder} before a restore replaces anything: a
   * damaged copy is an IOException. Returns whether the backup holds saved searches at all.
   */
  public static boolean check(Path folder) throws IOException {
    Path copy = folder.resolve(IN_BACKUP);
    if (!Files.isRegularFile(copy)) {
      return false;
    }
    try {
      SavedSearchStore.check(copy);
    } catch (IOException e) {
      throw new IOException("the backup is damaged, nothing was replaced: " + e.getMessage(), e);
    }
    return true;
  }

  /**
   * Replaces the saved searches of the index in {@code index} with the copy in the backup folder
   * {@code folder} (checked first with {@link #check}); returns how many there are now.
   */
  public static int restore(Path folder, Path index) throws IOException {
    try (SavedSearchStore store = SavedSearchStore.open(SavedSearchStore.fileFor(index))) {
      store.replaceWith(folder.resolve(IN_BACKUP));
      return store.list().size();
    }
  }
}
