package org.allianceexplorer.data;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

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

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 2000;
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
    /** A server's database: how many commits of others this connection was told of (LISTEN ae_changes). */
    private long othersCommits;
    /** A server's database: the link's reconnections already counted in {@link #othersCommits}. */
    private long reconnectsSeen;

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
        Journal journal = checkFile(path, false);
        // a WAL-mode file would make SQLite create -wal and -shm files beside it even to read: open it as
        // immutable instead (checkFile made sure there is no pending journal to read), unless a program is
        // editing it (its -wal and -shm are there): then read what it committed, through its shared memory
        Connection c = connect(path, true, journal == Journal.WAL, false);
        try {
            checkSchema(c, path, migrations);
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
        checkFile(path, true);
        Path folder = path.toAbsolutePath().getParent();
        if (!Files.isWritable(path)) {
            throw new DatabaseException(
                    path + ": is read-only; it can be browsed but not edited (save a copy to edit)");
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw new DatabaseException(path + ": its folder " + folder + " is read-only (editing keeps a journal"
                    + " beside the file); save a copy to edit");
        }
        Connection c = connect(path, false, false, true);
        try {
            checkSchema(c, path, Migrations.standard());
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
        Connection c = connect(path, false, false, false);
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
        checkFile(path, false);
        Connection c = connect(path, false, false, false);
        try {
            checkSchema(c, path, Migrations.standard());
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
        Connection probe = connect(source, true, checkFile(source, false) == Journal.WAL, false);
        try {
            version = checkIdentity(probe, source, migrations);
        } finally {
            closeQuietly(probe);
        }
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, ".alliance-explorer-migrate-", ".tmp");
            Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
            Connection c = connect(tmp, false, false, false);
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
            Connection c = connection();
            if (link.reconnects() != reconnectsSeen) {
                // connected again: what others committed meanwhile was not told to this connection, count it changed
                reconnectsSeen = link.reconnects();
                othersCommits++;
            }
            try {
                othersCommits += ServerConnections.othersCommits(c);
            } catch (SQLException e) {
                throw failure(e);
            }
            return othersCommits;
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
        return translate(path, e);
    }

    // --- checks before SQLite sees the file -------------------------------------------------------

    /** How a file keeps its journal, as {@link #checkFile} found it. */
    private enum Journal {
        /** A rollback journal (the default), none pending. */
        ROLLBACK,
        /** WAL mode, no program has it open (no -wal beside it): read it as immutable. */
        WAL,
        /** WAL mode with -wal and -shm beside it: a program is editing it (or was killed while it did). */
        WAL_SHARED
    }

    /** Checks a file before SQLite opens it. */
    private static Journal checkFile(Path path, boolean forEditing) {
        if (!Files.exists(path)) {
            throw new DatabaseException(path + ": no such file");
        }
        if (Files.isDirectory(path)) {
            throw new DatabaseException(path + ": is a folder, not a database file");
        }
        byte[] header = new byte[100];
        int n;
        long size;
        try (InputStream in = Files.newInputStream(path)) {
            size = Files.size(path);
            n = in.readNBytes(header, 0, header.length);
        } catch (AccessDeniedException e) {
            throw new DatabaseException(path + ": cannot be read (permission denied)", e);
        } catch (IOException e) {
            throw new DatabaseException(path + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (size == 0) {
            throw new DatabaseException(path + ": is an empty file, not an Alliance Explorer database");
        }
        if (n < MAGIC.length || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new DatabaseException(path + ": is not an SQLite database");
        }
        if (n < 100) {
            throw new DatabaseException(path + ": is truncated (shorter than an SQLite header)");
        }
        ByteBuffer b = ByteBuffer.wrap(header);
        int pageSize = Short.toUnsignedInt(b.getShort(16));
        if (pageSize == 1) {
            pageSize = 65536;
        }
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw new DatabaseException(path + ": is damaged (invalid page size in its header)");
        }
        long changeCounter = Integer.toUnsignedLong(b.getInt(24));
        long pages = Integer.toUnsignedLong(b.getInt(28));
        long validFor = Integer.toUnsignedLong(b.getInt(92));
        if (pages > 0 && validFor == changeCounter && size < pages * pageSize) {
            throw new DatabaseException(String.format(
                    Locale.ROOT,
                    "%s: is truncated (%,d bytes, its header promises %,d)",
                    path,
                    size,
                    pages * pageSize));
        }
        if (size % pageSize != 0) {
            throw new DatabaseException(path + ": is truncated or damaged (its size is not a whole number of pages)");
        }
        boolean wal = header[18] == 2 || header[19] == 2;
        if (wal && Files.exists(sibling(path, "-wal"))) {
            if (forEditing || Files.exists(sibling(path, "-shm"))) {
                return Journal.WAL_SHARED;
            }
            throw new DatabaseException(path + ": is in use by another program or was not closed cleanly (it has a "
                    + sibling(path, "-wal").getFileName() + " journal); close that program, or open a copy");
        }
        return wal ? Journal.WAL : Journal.ROLLBACK;
    }

    private static Path sibling(Path path, String suffix) {
        return path.resolveSibling(path.getFileName() + suffix);
    }

    private static Connection connect(Path path, boolean readOnly, boolean immutable, boolean editing) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(editing ? EDIT_BUSY_TIMEOUT_MS : BUSY_TIMEOUT_MS);
        // read-only: SQLITE_OPEN_READONLY without SQLITE_OPEN_CREATE, so a missing file is never created
        config.setReadOnly(readOnly);
        Properties props = config.toProperties();
        try {
            return DriverManager.getConnection(url(path, immutable), props);
        } catch (SQLException e) {
            throw editing ? EditFailures.writeFailure(path, e) : translate(path, e);
        }
    }

    /**
     * A {@code file:} URI for SQLite: the path percent-encoded where a URI needs it ({@code %}, {@code ?},
     * {@code #}), so a file name with a question mark is that file and not a file plus settings.
     */
    static String url(Path path, boolean immutable) {
        String abs = path.toAbsolutePath().toString();
        if (File.separatorChar == '\\') {
            // Windows: file:/C:/dir/x.sqlite
            abs = "/" + abs.replace('\\', '/');
        }
        StringBuilder sb = new StringBuilder("jdbc:sqlite:file:");
        for (int i = 0; i < abs.length(); i++) {
            char ch = abs.charAt(i);
            switch (ch) {
                case '%' -> sb.append("%25");
                case '?' -> sb.append("%3F");
                case '#' -> sb.append("%23");
                default -> sb.append(ch);
            }
        }
        if (immutable) {
            sb.append("?immutable=1");
        }
        return sb.toString();
    }

    private static void checkSchema(Connection c, Path path, Migrations migrations) {
        int version = checkIdentity(c, path, migrations);
        if (version < migrations.latest()) {
            throw new OlderSchemaException(
                    String.format(
                            Locale.ROOT,
                            "%s: was made by an older Alliance Explorer (schema %d, current %d); it is opened only after "
                                    + "migrating a copy: alliance-explorer migrate --db %s --out COPY",
                            path,
                            version,
                            migrations.latest(),
                            path),
                    version);
        }
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
            Set<String> have = new HashSet<>();
            while (rs.next()) {
                have.add(rs.getString(1));
            }
            List<String> missing =
                    TABLES.stream().filter(t -> !have.contains(t)).toList();
            if (!missing.isEmpty()) {
                throw new DatabaseException(path + ": has an incomplete Alliance Explorer schema (missing "
                        + String.join(", ", missing) + ")");
            }
        } catch (SQLException e) {
            throw translate(path, e);
        }
    }

    /** Returns the schema version of a file that is ours and not newer than this application. */
    private static int checkIdentity(Connection c, Path path, Migrations migrations) {
        try (Statement st = c.createStatement()) {
            int appId;
            int version;
            int tables;
            try (ResultSet rs = st.executeQuery("PRAGMA application_id")) {
                appId = rs.next() ? rs.getInt(1) : 0;
            }
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                tables = rs.next() ? rs.getInt(1) : 0;
            }
            if (appId != Migrations.APPLICATION_ID) {
                if (tables == 0) {
                    throw new DatabaseException(
                            path + ": is an empty SQLite database with no Alliance Explorer schema");
                }
                throw new DatabaseException(
                        path + ": is an SQLite database of an unknown schema (not made by Alliance Explorer)");
            }
            if (version > migrations.latest()) {
                throw new DatabaseException(String.format(
                        Locale.ROOT,
                        "%s: was made by a newer Alliance Explorer (schema %d; this version reads up to %d); "
                                + "please update the application",
                        path,
                        version,
                        migrations.latest()));
            }
            if (version < 1) {
                throw new DatabaseException(path + ": has no Alliance Explorer schema version");
            }
            return version;
        } catch (SQLException e) {
            throw translate(path, e);
        }
    }

    static DatabaseException translate(Path path, SQLException e) {
        int code = e.getErrorCode() & 0xff;
        String what;
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            what = "is not an SQLite database (or is encrypted)";
        } else if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            what = "is damaged (SQLite reports a malformed database); no changes were made";
        } else if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            what = "is locked by another program; close it there and try again";
        } else if (code == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            what = "cannot be opened (check that it exists and that you may read it)";
        } else if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
            what = "is read-only";
        } else if (code == SQLiteErrorCode.SQLITE_IOERR.code) {
            what = "cannot be read (input/output error)";
        } else if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            what = "cannot be written: the disk is full";
        } else {
            String msg =
                    e.getMessage() == null ? "unknown error" : e.getMessage().replace('\n', ' ');
            what = "cannot be read (" + msg + ")";
        }
        return new DatabaseException(path + ": " + what, e);
    }

    private static void closeQuietly(Connection c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // closing a connection we no longer need: nothing useful to tell the user
        }
    }
}
