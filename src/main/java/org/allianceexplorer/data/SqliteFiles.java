package org.allianceexplorer.data;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * A database file as SQLite is about to open it: the checks before (exists, a file, SQLite's magic, not truncated,
 * no journal left to replay, writable for editing), the JDBC URL and connection, and after: the schema is ours and not
 * newer than this application; failures in one line naming the file (see {@link DatabaseException}). Its owner is
 * {@link Database}, which opens files through it.
 */
final class SqliteFiles {

    private SqliteFiles() {}

    /** How a file keeps its journal, as {@link #checkFile} found it. */
    enum Journal {
        /** A rollback journal (the default), none pending. */
        ROLLBACK,
        /** WAL mode, no program has it open (no -wal beside it): read it as immutable. */
        WAL,
        /** WAL mode with -wal and -shm beside it: a program is editing it (or was killed while it did). */
        WAL_SHARED
    }

    /** Checks a file before SQLite opens it. */
    static Journal checkFile(Path path, boolean forEditing) {
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
        if (n < Database.MAGIC.length
                || !Arrays.equals(header, 0, Database.MAGIC.length, Database.MAGIC, 0, Database.MAGIC.length)) {
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

    static Path sibling(Path path, String suffix) {
        return path.resolveSibling(path.getFileName() + suffix);
    }

    static Connection connect(Path path, boolean readOnly, boolean immutable, boolean editing) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(editing ? Database.EDIT_BUSY_TIMEOUT_MS : Database.BUSY_TIMEOUT_MS);
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

    static void checkSchema(Connection c, Path path, Migrations migrations) {
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
                    version,
                    migrations.latest());
        }
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
            Set<String> have = new HashSet<>();
            while (rs.next()) {
                have.add(rs.getString(1));
            }
            List<String> missing =
                    Database.TABLES.stream().filter(t -> !have.contains(t)).toList();
            if (!missing.isEmpty()) {
                throw new DatabaseException(path + ": has an incomplete Alliance Explorer schema (missing "
                        + String.join(", ", missing) + ")");
            }
        } catch (SQLException e) {
            throw translate(path, e);
        }
    }

    /** Returns the schema version of a file that is ours and not newer than this application. */
    static int checkIdentity(Connection c, Path path, Migrations migrations) {
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
}
