package org.allianceexplorer.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * An open Alliance Explorer database file.
 *
 * <p>A user's database is theirs: {@link #openReadOnly} never writes to the file, never creates one, and
 * refuses (with a one-line message, see {@link DatabaseException}) a path that does not exist, a folder,
 * a file that is not SQLite, is truncated or corrupt, has no or another application's schema, or a
 * newer schema version than this application knows. An older version raises {@link OlderSchemaException}:
 * it is migrated only on a copy ({@link #migrateCopy}).
 *
 * <p>A connection is not thread-safe: use it from one thread at a time (the application's TaskRunner).
 */
public final class Database implements AutoCloseable {

    /** The tables of the records (sources, parties ... citations), in the order the schema makes them. */
    public static final List<String> RECORD_TABLES = List.of(
            "source",
            "party",
            "party_alias",
            "person",
            "affiliation",
            "election",
            "assembly",
            "constituency",
            "candidacy",
            "seat_count",
            "party_result",
            "alliance",
            "membership",
            "seat_deal",
            "deal_claim",
            "event",
            "event_party",
            "event_person",
            "party_relation",
            "citation");

    /**
     * The tables of data derived from the records and kept ready for reading (schema 6, ADR 0014): each deal's
     * state, the deals queued for working it out, the claims counted by assembly and date. Never dumped, copied as
     * records or cited; the database's triggers keep them in step.
     */
    public static final List<String> DERIVED_TABLES = List.of("deal_state", "deal_state_pending", "claim_count");

    /** Every table of the schema: the records', the dataset's {@code meta}, and the edit history's. */
    public static final List<String> TABLES = Stream.concat(
                    RECORD_TABLES.stream(), Stream.of("meta", "edit", "history"))
            .toList();

    static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    static final int BUSY_TIMEOUT_MS = 2000;
    /** How long an edit waits for another writer of the same file before it gives up with a message. */
    static final int EDIT_BUSY_TIMEOUT_MS = 5000;
    /** The files the bundled datasets were built into: never edited in place. */
    private static final Set<Path> BUNDLED = ConcurrentHashMap.newKeySet();

    private final Path path;
    /** A file's connection; null for a server's, which {@link #link} holds (it may connect again). */
    private final Connection connection;
    /** A team server's connection (ADR 0018), made again after the server went away; null for a file. */
    private final ServerLink link;

    private final boolean readOnly;
    private final String displayName;
    private final boolean bundled;
    /** The file's identity when opened for editing (to notice it deleted or replaced), else null. */
    private final Object fileKey;
    /** The team server's database (ADR 0018), or null for a file. */
    private final ServerAddress server;

    private Database(
            Path path, Connection connection, boolean readOnly, String displayName, boolean bundled, Object fileKey) {
        this.path = path;
        this.connection = connection;
        this.link = null;
        this.readOnly = readOnly;
        this.displayName = displayName;
        this.bundled = bundled;
        this.fileKey = fileKey;
        this.server = null;
    }

    private Database(ServerAddress server, ServerLink link) {
        this.path = null;
        this.connection = null;
        this.link = link;
        this.readOnly = link.readOnly();
        this.displayName = server.toString();
        this.bundled = false;
        this.fileKey = null;
        this.server = server;
    }

    /**
     * Opens a team database on a PostgreSQL server (ADR 0018), of the current schema. Read-only: every
     * transaction is READ ONLY in the server, so browsing never writes. The password: {@code password} if given,
     * else {@code PGPASSWORD}, else {@code ~/.pgpass}. Failures (unreachable, refused, no such database, not
     * ours, another schema) are one-line messages naming the server, never the password. After the server went away
     * (restarted, the network cut) the next query connects again ({@link ServerLink}).
     */
    public static Database openServer(ServerAddress address, char[] password, boolean readOnly) {
        return new Database(address, ServerLink.open(address, password, readOnly));
    }

    /**
     * Makes the current schema in an empty database on a server (its tables, functions and triggers, ADR 0018)
     * and opens it for writing. Refuses a database that already has tables.
     */
    public static Database createOnServer(ServerAddress address, char[] password) {
        return createOnServer(address, password, connection -> () -> {});
    }

    /**
     * As {@link #createOnServer(ServerAddress, char[])}, filled in the schema's own transaction by what {@code fill}
     * makes of the new database's connection: the schema and the records appear together or not at all.
     */
    static Database createOnServer(
            ServerAddress address, char[] password, java.util.function.Function<Connection, Migrations.Fill> fill) {
        Connection c = ServerConnections.connect(address, password, false);
        Connection wrapped = Dialect.POSTGRESQL.wrap(c);
        try {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables"
                            + " WHERE table_schema = current_schema()")) {
                if (rs.next() && rs.getInt(1) > 0) {
                    throw new DatabaseException(address + ": already has tables; give an empty database");
                }
            }
            Migrations.postgresql().migrate(wrapped, 0, fill.apply(wrapped));
            ServerConnections.listen(c, address);
            return new Database(address, ServerLink.over(address, password, false, c));
        } catch (SQLException e) {
            closeQuietly(c);
            throw ServerConnections.translate(address, e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Opens an existing database for reading only. */
    public static Database openReadOnly(Path path) {
        return openReadOnly(
                path,
                Migrations.standard(),
                path.getFileName() == null
                        ? path.toString()
                        : path.getFileName().toString());
    }

    /** Opens an existing database for reading only, naming it {@code displayName} in the window and status. */
    public static Database openReadOnly(Path path, String displayName) {
        return openReadOnly(path, Migrations.standard(), displayName);
    }

    static Database openReadOnly(Path path, Migrations migrations, String displayName) {
        return openReadOnly(path, migrations, displayName, false);
    }

    /**
     * Opens a bundled dataset's file (built by {@code data.load.BundledDataset}) read-only and remembers it as
     * bundled: it is never opened for editing ({@link #saveCopy} makes a copy to edit).
     */
    public static Database openBundled(Path path, String displayName) {
        BUNDLED.add(path.toAbsolutePath().normalize());
        return openReadOnly(path, Migrations.standard(), displayName, true);
    }

    private static Database openReadOnly(Path path, Migrations migrations, String displayName, boolean bundled) {
        SqliteFiles.Journal journal = SqliteFiles.checkFile(path, false);
        // a WAL-mode file would make SQLite create -wal and -shm files beside it even to read: open it as
        // immutable instead (checkFile made sure there is no pending journal to read), unless a program is
        // editing it (its -wal and -shm are there): then read what it committed, through its shared memory
        Connection c = SqliteFiles.connect(path, true, journal == SqliteFiles.Journal.WAL, false);
        try {
            SqliteFiles.checkSchema(c, path, migrations);
            return new Database(path, c, true, displayName, bundled, null);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Opens a user's database for editing: WAL journal (a kill loses at most the edit being committed), a
     * busy timeout of 5 s (two writers take turns), foreign keys on, and every transaction taking the write
     * lock when it begins. Refuses the bundled datasets (save a copy to edit), a file or folder that cannot be
     * written, and an older schema (migrate it first), each with a one-line message.
     */
    public static Database openForEditing(Path path) {
        return openForEditing(
                path,
                path.getFileName() == null
                        ? path.toString()
                        : path.getFileName().toString());
    }

    /**
     * This database opened again read-only (when editing ends): the file under the same name, or the team database
     * as the same user. This one stays open.
     */
    public Database reopenReadOnly() {
        return server != null ? openServer(server, link.password(), true) : openReadOnly(path, displayName);
    }

    /**
     * Opens this database's file for editing (see {@link #openForEditing(Path)}); this one stays open. A team
     * database: a second connection as the same user, refused with one line when the server's grants let that user
     * only read ({@link TeamServer#mayEdit}).
     */
    public Database openForEditing() {
        if (server != null) {
            Database db = openServer(server, link.password(), false);
            if (!TeamServer.mayEdit(db)) {
                db.close();
                throw new DatabaseException(server + ": user " + server.user()
                        + " may only read this team database (ask its owner to add you to its editors)");
            }
            return db;
        }
        if (bundled) {
            throw new DatabaseException(displayName + " is bundled with the application and is never edited in place;"
                    + " use \"Save a copy to edit…\" and edit the copy");
        }
        return openForEditing(path, displayName);
    }

    private static Database openForEditing(Path path, String displayName) {
        if (BUNDLED.contains(path.toAbsolutePath().normalize())) {
            throw new DatabaseException(path + ": is a bundled dataset, never edited in place; save a copy to edit");
        }
        SqliteFiles.checkFile(path, true);
        Path folder = path.toAbsolutePath().getParent();
        if (!Files.isWritable(path)) {
            throw new DatabaseException(
                    path + ": is read-only; it can be browsed but not edited (save a copy to edit)");
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw new DatabaseException(path + ": its folder " + folder + " is read-only (editing keeps a journal"
                    + " beside the file); save a copy to edit");
        }
        Connection c = SqliteFiles.connect(path, false, false, true);
        try {
            SqliteFiles.checkSchema(c, path, Migrations.standard());
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
                if (!rs.next() || !"wal".equalsIgnoreCase(rs.getString(1))) {
                    throw new DatabaseException(path + ": cannot be opened for editing (its journal cannot be kept)");
                }
                st.executeUpdate("PRAGMA synchronous = FULL");
            } catch (SQLException e) {
                throw EditFailures.writeFailure(path, e);
            }
            return new Database(path, c, false, displayName, false, fileKey(path));
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static Object fileKey(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            throw new DatabaseException(path + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Creates a new database at {@code path} (which must not exist) with the current schema, open for
     * writing. Used by importers and {@code generate}, which write to a temporary file first.
     */
    public static Database createNew(Path path) {
        if (Files.exists(path)) {
            throw new DatabaseException(path + ": already exists; choose another name or remove it first");
        }
        Connection c = SqliteFiles.connect(path, false, false, false);
        try {
            Migrations.standard().migrate(c, 0);
            return new Database(path, c, false, path.getFileName().toString(), false, null);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new DatabaseException(path + ": cannot create the database (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Opens an existing database of the current schema for writing. For files of our own making only:
     * an import writes to a copy beside the user's file and moves it into place when complete
     * ({@code data.imports.Importer}), never to the user's file itself.
     */
    public static Database openWritable(Path path) {
        SqliteFiles.checkFile(path, false);
        Connection c = SqliteFiles.connect(path, false, false, false);
        try {
            SqliteFiles.checkSchema(c, path, Migrations.standard());
            return new Database(path, c, false, path.getFileName().toString(), false, null);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Copies an older database to {@code target} (which must not exist) and migrates the copy to the
     * current schema. The original is not touched; the target appears only when the migration succeeded.
     */
    public static void migrateCopy(Path source, Path target) {
        if (Files.exists(target)) {
            throw new DatabaseException(target + ": already exists; choose another name for the migrated copy");
        }
        Migrations migrations = Migrations.standard();
        int version;
        Connection probe = SqliteFiles.connect(
                source, true, SqliteFiles.checkFile(source, false) == SqliteFiles.Journal.WAL, false);
        try {
            version = SqliteFiles.checkIdentity(probe, source, migrations);
        } finally {
            closeQuietly(probe);
        }
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, ".alliance-explorer-migrate-", ".tmp");
            Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
            Connection c = SqliteFiles.connect(tmp, false, false, false);
            try {
                migrations.migrate(c, version);
            } finally {
                closeQuietly(c);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException e) {
            throw new DatabaseException(target + ": cannot write the migrated copy (" + e.getMessage() + ")", e);
        } catch (SQLException e) {
            throw new DatabaseException(source + ": migration failed (" + e.getMessage() + "); nothing was written", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is ours, the user's file is untouched
                }
            }
        }
    }

    /** The file; null for a database on a server ({@link #server()}). */
    public Path path() {
        return path;
    }

    /** The server's database for a team database, else null. */
    public ServerAddress server() {
        return server;
    }

    /** The engine, whose SQL {@link #connection()} reads (SQLite's dialect on both, see {@link Dialect}). */
    public Dialect dialect() {
        return server == null ? Dialect.SQLITE : Dialect.POSTGRESQL;
    }

    /** The file or the server address, as messages name it. */
    public String location() {
        return server == null ? String.valueOf(path) : server.toString();
    }

    public String displayName() {
        return displayName;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** True for a bundled dataset's file: never opened for editing. */
    public boolean bundled() {
        return bundled;
    }

    /**
     * "Save a copy to edit…": a consistent copy of this database (VACUUM INTO, a snapshot even while another
     * program writes) at {@code target}, written beside it and moved into place when complete.
     */
    public void saveCopy(Path target) {
        if (server != null) {
            // a team database: its records into a new file (issue 17's copy, server to file)
            EngineCopy.toNewFile(this, target);
        } else {
            DatabaseCopy.save(this, target);
        }
    }

    /**
     * SQLite's {@code PRAGMA data_version}: changes when another connection (another window, the command
     * line) commits to the file. Cheap enough to poll: a window notices another writer's change with it. On a
     * server, the commits of others this connection was told of (LISTEN/NOTIFY, its own not counted).
     */
    public long dataVersion() {
        if (server != null) {
            try {
                return link.othersCommits();
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * For a database open for editing: refuses to write when its file was deleted, moved or replaced, or its
     * folder is gone, since the edit would go to a file nobody will see again.
     */
    public void checkStillThere() {
        if (server != null) {
            return;
        }
        Path folder = path.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new DatabaseException(path + ": its folder " + folder + " is gone; the edit was not saved"
                    + " (save a copy elsewhere to keep your work)");
        }
        if (!Files.exists(path)) {
            throw new DatabaseException(path + ": was deleted or moved while open; the edit was not saved"
                    + " (save a copy to keep your work)");
        }
        if (fileKey != null && !fileKey.equals(fileKey(path))) {
            throw new DatabaseException(
                    path + ": was replaced by another file while open; the edit was not saved" + " (open it again)");
        }
    }

    /** Turns a failure while writing into a one-line message about the file; the edit was not saved. */
    public DatabaseException writeFailure(SQLException e) {
        if (server != null) {
            link.failed(e);
            return ServerConnections.translate(server, e);
        }
        return EditFailures.writeFailure(path, e);
    }

    /**
     * The JDBC connection; foreign keys are on. Use from one thread at a time, and ask for it when a unit of work
     * begins (a query, an edit): a team database's connects again there after the server went away.
     */
    public Connection connection() {
        return link != null ? link.connection() : connection;
    }

    @Override
    public void close() {
        if (link != null) {
            link.close();
        } else {
            closeQuietly(connection);
        }
    }

    /** Turns a failure while reading into a one-line message about the file. */
    public DatabaseException failure(SQLException e) {
        if (server != null) {
            link.failed(e);
            return ServerConnections.translate(server, e);
        }
        return SqliteFiles.translate(path, e);
    }

    static void closeQuietly(Connection c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // closing a connection we no longer need: nothing useful to tell the user
        }
    }
}
