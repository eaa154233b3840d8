package newsarchive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsarchive.saved.SavedSearch;
import newsarchive.saved.SavedSearchBackup;
import newsarchive.saved.SavedSearchStore;
import newsarchive.search.FixtureArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code archive backup} and {@code restore} with saved searches: the backup folder carries a
 * consistent copy of the database, taken while a server holds it open, and a restore puts it back
 * beside the index; a damaged copy replaces nothing.
 */
class BackupCommandTest {
  private static final Instant NOW = Instant.parse("2024-05-06T09:00:00Z");
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out.reset();
    err.reset();
    return Main.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private List<String> outLines() {
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static List<String> names(Path index) throws IOException {
    try (SavedSearchStore store = SavedSearchStore.open(SavedSearchStore.fileFor(index))) {
      return store.list().stream().map(SavedSearch::name).toList();
    }
  }

  @Test
  void backupCarriesTheSavedSearchesAndRestorePutsThemBack() throws IOException {
    Path index = new FixtureArchive(dir.resolve("index")).index().dir;
    Path backup = dir.resolve("backup");
    try (SavedSearchStore server = SavedSearchStore.open(SavedSearchStore.fileFor(index))) {
      server.create("Raqqa", "q=raqqa", null, NOW, 1);
      server.create("YPG", "faction=YPG", "https://example.org/hook", NOW, 1);
      // The server still has the database open, its changes in the write-ahead log.
      assertEquals(
          0,
          run("backup", "--index", index.toString(), backup.toString()),
          err.toString(StandardCharsets.UTF_8));
      assertEquals("backed up 2 saved searches beside it", outLines().get(1));
      assertTrue(Files.isRegularFile(backup.resolve(SavedSearchBackup.IN_BACKUP)));
      server.delete(1);
      server.create("Later", "q=later", null, NOW, 2);
    }
    assertEquals(List.of("YPG", "Later"), names(index));

    assertEquals(
        0,
        run("restore", "--index", index.toString(), backup.toString()),
        err.toString(StandardCharsets.UTF_8));
    assertEquals(
        "restored 2 saved searches into " + SavedSearchStore.fileFor(index), outLines().get(1));
    assertEquals(List.of("Raqqa", "YPG"), names(index));
    assertFalse(
        Files.exists(index.resolve(SavedSearchBackup.IN_BACKUP)),
        "the index folder holds only the index");
    assertEquals(
        0, run("check", "--index", index.toString()), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aDamagedCopyOfTheSavedSearchesReplacesNothing() throws IOException {
    Path index = new FixtureArchive(dir.resolve("index")).index().dir;
    try (SavedSearchStore server = SavedSearchStore.open(SavedSearchStore.fileFor(index))) {
      server.create("Raqqa", "q=raqqa", null, NOW, 1);
    }
    Path backup = dir.resolve("backup");
    assertEquals(0, run("backup", "--index", index.toString(), backup.toString()));
    Files.writeString(
        backup.resolve(SavedSearchBackup.IN_BACKUP), "not a database", StandardCharsets.UTF_8);
    Path other = new FixtureArchive(dir.resolve("other")).index().dir;
    try (SavedSearchStore server = SavedSearchStore.open(SavedSearchStore.fileFor(other))) {
      server.create("Mosul", "q=mosul", null, NOW, 1);
    }
    Files.writeString(other.resolve("marker"), "the index folder as it was");

    assertEquals(1, run("restore", "--index", other.toString(), backup.toString()));
    String message = err.toString(StandardCharsets.UTF_8).strip();
    assertTrue(
        message.startsWith("archive restore: the backup is damaged, nothing was replaced: "),
        message);
    assertEquals(List.of("Mosul"), names(other));
    assertTrue(Files.exists(other.resolve("marker")), "the index folder was not replaced");
  }

  @Test
  void anIndexWithoutSavedSearchesBacksUpAndRestoresAsBefore() throws IOException {
    Path index = new FixtureArchive(dir.resolve("index")).index().dir;
    Path backup = dir.resolve("backup");
    assertEquals(0, run("backup", "--index", index.toString(), backup.toString()));
    assertEquals(1, outLines().size(), outLines().toString());
    assertFalse(Files.exists(SavedSearchStore.fileFor(index)), "no database was made");
    try (SavedSearchStore server = SavedSearchStore.open(SavedSearchStore.fileFor(index))) {
      server.create("Made after the backup", "q=raqqa", null, NOW, 1);
    }
    assertEquals(0, run("restore", "--index", index.toString(), backup.toString()));
    assertEquals(1, outLines().size(), outLines().toString());
    assertEquals(List.of("Made after the backup"), names(index), "left as it was");
  }
}
