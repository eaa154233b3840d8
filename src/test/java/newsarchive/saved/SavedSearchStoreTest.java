package newsarchive.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved-search database: what it keeps, where, in what mode, and its backups. */
class SavedSearchStoreTest {
  private static final Instant MONDAY = Instant.parse("2024-05-06T09:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2024-05-07T09:30:00Z");
  @TempDir Path dir;

  @Test
  void theDatabaseIsAFileBesideTheIndexFolderNotInIt() {
    Path index = dir.resolve("data/index");
    assertEquals(dir.resolve("data/index.saved.db"), SavedSearchStore.fileFor(index));
    assertEquals(
        dir.resolve("data/index.saved.db"), SavedSearchStore.fileFor(Path.of(index + "/./")));
  }

  @Test
  void keepsEachSearchWithItsMarksAndNeverGivesAnIdTwice() throws IOException {
    Path file = dir.resolve("index.saved.db");
    try (SavedSearchStore store = SavedSearchStore.open(file)) {
      SavedSearch raqqa = store.create("Raqqa", "q=raqqa", null, MONDAY, 100);
      SavedSearch ypg = store.create("YPG", "faction=YPG", "http://127.0.0.1:9/hook", MONDAY, 100);
      assertEquals(new SavedSearch(1, "Raqqa", "q=raqqa", MONDAY, MONDAY, null, 100, 100), raqqa);
      assertEquals(List.of(raqqa, ypg), store.list());
      assertEquals(
          Optional.of(new SavedSearch(1, "Raqqa", "q=raqqa", MONDAY, TUESDAY, null, 250, 100)),
          store.markSeen(1, TUESDAY, 250));
      assertEquals(Optional.empty(), store.markSeen(7, TUESDAY, 250));

      assertFalse(store.advanceWebhook(2, "http://127.0.0.1:9/hook", 99, 300), "another mark");
      assertFalse(store.advanceWebhook(2, "http://elsewhere/", 100, 300), "another webhook");
      assertTrue(store.advanceWebhook(2, "http://127.0.0.1:9/hook", 100, 300));
      assertEquals(300, store.get(2).orElseThrow().webhookMark());

      assertTrue(store.delete(2));
      assertFalse(store.delete(2));
      assertFalse(store.advanceWebhook(2, "http://127.0.0.1:9/hook", 300, 400));
      assertEquals(3, store.create("Mosul", "q=mosul", null, TUESDAY, 250).id());
    }
    try (SavedSearchStore again = SavedSearchStore.open(file)) {
      assertEquals(
          List.of("Raqqa", "Mosul"), again.list().stream().map(SavedSearch::name).toList());
      assertEquals(TUESDAY, again.get(1).orElseThrow().lastSeen());
    }
  }

  @Test
  void writesAheadToALogAndSyncsEveryCommit() throws Exception {
    Path file = dir.resolve("index.saved.db");
    try (SavedSearchStore store = SavedSearchStore.open(file)) {
      store.create("Raqqa", "q=raqqa", null, MONDAY, 1);
      assertTrue(Files.exists(Path.of(file + "-wal")), "the log is beside the database");
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement s = c.createStatement();
          ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
        r.next();
        assertEquals("wal", r.getString(1));
      }
    }
  }

  @Test
  void aDatabaseOfANewerArchiveIsRefusedNotChanged() throws Exception {
    Path file = dir.resolve("index.saved.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 9");
    }
    IOException e = assertThrows(IOException.class, () -> SavedSearchStore.open(file));
    assertTrue(e.getMessage().contains("newer archive"), e.getMessage());
  }

  @Test
  void aBackupIsOneSoundFileThatRestoresEverySearch() throws IOException {
    Path index = dir.resolve("index");
    Path folder = Files.createDirectories(dir.resolve("backup"));
    assertEquals(Optional.empty(), SavedSearchBackup.backup(index, folder), "no database yet");
    assertFalse(SavedSearchBackup.check(folder));
    try (SavedSearchStore store = SavedSearchStore.open(SavedSearchStore.fileFor(index))) {
      store.create("Raqqa", "q=raqqa", null, MONDAY, 5);
      store.create("YPG", "faction=YPG", "https://example.org/hook", MONDAY, 5);
      assertEquals(Optional.of(2), SavedSearchBackup.backup(index, folder));
      try (var files = Files.list(folder)) {
        assertEquals(
            List.of(SavedSearchBackup.IN_BACKUP),
            files.map(p -> p.getFileName().toString()).toList(),
            "one file, no log beside it");
      }
      assertTrue(SavedSearchBackup.check(folder));
      store.delete(1);
      store.create("Later", "q=later", null, TUESDAY, 9);
    }
    assertEquals(2, SavedSearchBackup.restore(folder, index));
    try (SavedSearchStore store = SavedSearchStore.open(SavedSearchStore.fileFor(index))) {
      assertEquals(List.of("Raqqa", "YPG"), store.list().stream().map(SavedSearch::name).toList());
      assertEquals("https://example.org/hook", store.get(2).orElseThrow().webhook());
    }

    Files.writeString(
        folder.resolve(SavedSearchBackup.IN_BACKUP), "not a database", StandardCharsets.UTF_8);
    IOException damaged = assertThrows(IOException.class, () -> SavedSearchBackup.check(folder));
    assertTrue(damaged.getMessage().contains("nothing was replaced"), damaged.getMessage());
  }
}
