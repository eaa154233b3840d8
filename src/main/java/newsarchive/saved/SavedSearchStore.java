package newsarchive.saved;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * The saved searches, in an SQLite database file beside the index ({@link #fileFor}). The database
 * runs in write-ahead-log mode with {@code synchronous=FULL}: each change is one transaction, on
 * disk when the call returns, so a killed process (or a lost power supply) keeps every saved search
 * it confirmed. Saving is a click, not a stream, so the fsync each costs is nothing. Thread-safe:
 * one connection, one caller at a time.
 */
public final class SavedSearchStore implements Closeable {
  /** The schema's version, in SQLite's {@code user_version}. */
  private static final int VERSION = 1;

  private static final String COLUMNS =
      "id, name, query, created, last_seen, webhook, seen_mark, webhook_mark";

  private final Path file;
  private final Connection db;

  private SavedSearchStore(Path file, Connection db) {
    this.file = file;
    this.db = db;
  }

  /**
   * The database of the index in {@code index}: the file {@code <index>.saved.db} beside the index
   * folder, never inside it, since the folder is Lucene's (a restore replaces it whole).
   */
  public static Path fileFor(Path index) {
    Path abs = index.toAbsolutePath().normalize();
    return abs.resolveSibling(abs.getFileName() + ".saved.db");
  }

  /** Opens the database in {@code file}, making it (and its table) when missing. */
  public static SavedSearchStore open(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    // A backup reading the file from another process holds a lock for a moment; wait for it.
    config.setBusyTimeout(5000);
    Connection db = null;
    try {
      db = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
      create(db);
      return new SavedSearchStore(file, db);
    } catch (SQLException e) {
      if (db != null) {
        try {
          db.close();
        } catch (SQLException closing) {
          e.addSuppressed(closing);
        }
      }
      throw new IOException("cannot open the saved searches in " + file + ": " + e.getMessage(), e);
    }
  }

  private static void create(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      int version;
      try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
        version = r.next() ? r.getInt(1) : 0;
      }
      if (version > VERSION) {
        throw new SQLException(
            "the database is of a newer archive (schema " + version + "); update the archive");
      }
      if (version == VERSION) {
        return; // opened again (by a server, or by a backup beside one): nothing to write
      }
      // AUTOINCREMENT: a deleted search's id is never given again, so an old link or webhook
      // receiver never mistakes a new search for it.
      s.executeUpdate(
          "CREATE TABLE IF NOT EXISTS saved_search ("
              + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
              + " name TEXT NOT NULL,"
              + " query TEXT NOT NULL,"
              + " created TEXT NOT NULL,"
              + " last_seen TEXT NOT NULL,"
              + " webhook TEXT,"
              + " seen_mark INTEGER NOT NULL,"
              + " webhook_mark INTEGER NOT NULL)");
      s.executeUpdate("PRAGMA user_version = " + VERSION);
    }
  }

  /** The file this store keeps its searches in. */
  public Path file() {
    return file;
  }

  /** Every saved search, oldest first. */
  public synchronized List<SavedSearch> list() throws IOException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT " + COLUMNS + " FROM saved_search ORDER BY id")) {
      List<SavedSearch> out = new ArrayList<>();
      while (r.next()) {
        out.add(read(r));
      }
      return out;
    } catch (SQLException e) {
      throw failed("reading", e);
    }
  }

  /** The saved search {@code id}, if there is one. */
  public synchronized Optional<SavedSearch> get(long id) throws IOException {
    try (PreparedStatement p =
        db.prepareStatement("SELECT " + COLUMNS + " FROM saved_search WHERE id = ?")) {
      p.setLong(1, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(read(r)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed("reading", e);
    }
  }

  /**
   * Saves a search made at {@code now}, when the index's mark was {@code mark}: nothing is new in
   * it yet, and its webhook (null for none) hears of articles indexed from then on.
   */
  public synchronized SavedSearch create(
      String name, String query, String webhook, Instant now, long mark) throws IOException {
    try (PreparedStatement p =
        db.prepareStatement(
            "INSERT INTO saved_search (name, query, created, last_seen, webhook, seen_mark,"
                + " webhook_mark) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
      p.setString(1, name);
      p.setString(2, query);
      p.setString(3, now.toString());
      p.setString(4, now.toString());
      p.setString(5, webhook);
      p.setLong(6, mark);
      p.setLong(7, mark);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return new SavedSearch(r.getLong(1), name, query, now, now, webhook, mark, mark);
      }
    } catch (SQLException e) {
      throw failed("saving", e);
    }
  }

  /** Deletes the saved search {@code id}; false when there was none. */
  public synchronized boolean delete(long id) throws IOException {
    try (PreparedStatement p = db.prepareStatement("DELETE FROM saved_search WHERE id = ?")) {
      p.setLong(1, id);
      return p.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failed("deleting", e);
    }
  }

  /** Marks the saved search {@code id} looked at, at {@code now} and the index's {@code mark}. */
  public synchronized Optional<SavedSearch> markSeen(long id, Instant now, long mark)
      throws IOException {
    try (PreparedStatement p =
        db.prepareStatement("UPDATE saved_search SET last_seen = ?, seen_mark = ? WHERE id = ?")) {
      p.setString(1, now.toString());
      p.setLong(2, mark);
      p.setLong(3, id);
      if (p.executeUpdate() == 0) {
        return Optional.empty();
      }
    } catch (SQLException e) {
      throw failed("saving", e);
    }
    return get(id);
  }

  /**
   * Moves the webhook mark of {@code id} from {@code from} to {@code to} after a delivery, only if
   * the search still has that mark and that webhook: a search deleted or changed meanwhile is left
   * alone. Returns whether it moved.
   */
  public synchronized boolean advanceWebhook(long id, String webhook, long from, long to)
      throws IOException {
    try (PreparedStatement p =
        db.prepareStatement(
            "UPDATE saved_search SET webhook_mark = ?"
                + " WHERE id = ? AND webhook = ? AND webhook_mark = ?")) {
      p.setLong(1, to);
      p.setLong(2, id);
      p.setString(3, webhook);
      p.setLong(4, from);
      return p.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failed("saving", e);
    }
  }

  /**
   * Writes a copy of the database to the new file {@code dest}, consistent as of one moment while
   * others write ({@code VACUUM INTO} reads in one transaction), as a single file with no log
   * beside it.
   */
  public synchronized void backupTo(Path dest) throws IOException {
    try (PreparedStatement p = db.prepareStatement("VACUUM INTO ?")) {
      p.setString(1, dest.toAbsolutePath().toString());
      p.execute();
    } catch (SQLException e) {
      throw failed("backing up", e);
    }
    try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + dest.toAbsolutePath());
        Statement s = copy.createStatement()) {
      s.execute("PRAGMA journal_mode = DELETE");
    } catch (SQLException e) {
      throw new IOException("the backup " + dest + " cannot be opened: " + e.getMessage(), e);
    }
  }

  /**
   * Replaces every saved search with those of the database file {@code backup}, through SQLite's
   * backup API in one transaction: other connections see the old searches or the new, never a mix.
   */
  public synchronized void replaceWith(Path backup) throws IOException {
    try {
      int rc =
          db.unwrap(SQLiteConnection.class)
              .getDatabase()
              .restore("main", backup.toAbsolutePath().toString(), null);
      if (rc != 0) {
        throw new SQLException("SQLite error " + rc);
      }
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA journal_mode = WAL"); // the copy came without the log mode
      }
      create(db);
    } catch (SQLException e) {
      throw failed("restoring " + backup + " into", e);
    }
  }

  /**
   * Checks the database file {@code file} without changing it (SQLite's integrity check) and counts
   * its saved searches; a damaged file, or one that is not a database of saved searches, is an
   * IOException naming the first problem.
   */
  public static int check(Path file) throws IOException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
        String first = r.next() ? r.getString(1) : "no answer";
        if (!first.equals("ok")) {
          throw new SQLException(first);
        }
      }
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM saved_search")) {
        r.next();
        return r.getInt(1);
      }
    } catch (SQLException e) {
      throw new IOException(
          file + " is not a sound database of saved searches: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      db.close();
    } catch (SQLException e) {
      throw failed("closing", e);
    }
  }

  private static SavedSearch read(ResultSet r) throws SQLException {
    return new SavedSearch(
        r.getLong("id"),
        r.getString("name"),
        r.getString("query"),
        Instant.parse(r.getString("created")),
        Instant.parse(r.getString("last_seen")),
        r.getString("webhook"),
        r.getLong("seen_mark"),
        r.getLong("webhook_mark"));
  }

  private IOException failed(String doing, SQLException e) {
    return new IOException(
        doing + " the saved searches in " + file + " failed: " + e.getMessage(), e);
  }
}
