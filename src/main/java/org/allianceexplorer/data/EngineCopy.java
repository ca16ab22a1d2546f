package org.allianceexplorer.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.domain.edit.FieldRules;
import org.allianceexplorer.io.AtomicFile;

/**
 * Copies every record, the dataset's meta and the edit history from one database to another of the same schema,
 * on either engine (ADR 0018): row by row with the same ids and values, in one transaction of the target. The
 * derived tables are not copied: the target's triggers queue and count as the rows arrive, and
 * {@link DealState#refresh} works the queue out before the commit, as every writer does.
 */
public final class EngineCopy {

    /** How many rows go to the server in one batch. */
    private static final int BATCH = 1000;

    /** The primary key of the tables keyed by their fields (the rest have {@code id}): the copy's row order. */
    private static final Map<String, String> KEYS = Map.of(
            "event_party", "event_id, party_id",
            "event_person", "event_id, person_id",
            "citation", "record_kind, record_id, source_id",
            "meta", "key");

    private EngineCopy() {}

    /** Copies {@code from} into {@code to}, which must be open for writing and have no records. */
    public static void copy(Database from, Database to) {
        Connection target = to.connection();
        try {
            Transactions.run(target, () -> {
                copyRows(from, target, to.dialect());
                DealState.refresh(target);
            });
        } catch (SQLException e) {
            throw to.writeFailure(e);
        }
    }

    /**
     * Copies {@code from} to a new file at {@code target} (which must not exist): written beside it and moved into
     * place when complete. Returns how many rows were copied.
     */
    public static long toNewFile(Database from, Path target) {
        if (Files.exists(target)) {
            throw new DatabaseException(target + ": already exists; choose another name or remove it first");
        }
        long[] rows = new long[1];
        try {
            AtomicFile.writeFile(target, tmp -> {
                try (Database to = Database.createNew(tmp)) {
                    rows[0] = count(from);
                    copy(from, to);
                }
            });
        } catch (AtomicFile.OutputException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
        return rows[0];
    }

    /**
     * Copies {@code from} into an empty database on a server: the schema and the records in one transaction, so a
     * failure leaves the database as empty as it was. Returns how many rows were copied.
     */
    public static long toServer(Database from, ServerAddress target, char[] password) {
        long rows = count(from);
        Database.createOnServer(target, password, c -> () -> copyRows(from, c, Dialect.POSTGRESQL))
                .close();
        return rows;
    }

    private static long count(Database db) {
        long n = 0;
        try (Statement st = db.connection().createStatement()) {
            for (String table : Database.TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    n += rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw db.failure(e);
        }
        return n;
    }

    private static void copyRows(Database from, Connection target, Dialect dialect) throws SQLException {
        try {
            for (String table : Database.TABLES) {
                copyTable(from.connection(), target, table);
            }
        } catch (SQLException e) {
            if (isSourceFailure(e)) {
                throw from.failure(e);
            }
            throw e;
        }
        if (dialect == Dialect.POSTGRESQL) {
            moveIdentitiesPastCopiedRows(target);
        }
    }

    /** A failure reading the source (marked by {@link #copyTable}) rather than writing the target. */
    private static boolean isSourceFailure(SQLException e) {
        return e instanceof SourceFailure;
    }

    /** A failure while reading the source: reported as the source's. */
    private static final class SourceFailure extends SQLException {
        private static final long serialVersionUID = 1L;

        SourceFailure(SQLException cause) {
            super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
        }
    }

    private static void copyTable(Connection source, Connection target, String table) throws SQLException {
        String order = KEYS.getOrDefault(table, "id");
        Statement st;
        ResultSet rs;
        try {
            st = source.createStatement();
            rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY " + order);
        } catch (SQLException e) {
            throw new SourceFailure(e);
        }
        try (st;
                rs) {
            copyRows(rs, target, table);
        }
    }

    private static void copyRows(ResultSet rs, Connection target, String table) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            columns.add(md.getColumnName(i));
        }
        String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + SqlSupport.marks(columns.size()) + ")";
        try (PreparedStatement ps = target.prepareStatement(insert)) {
            int pending = 0;
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    Object value = rs.getObject(i);
                    if (value instanceof String text && text.indexOf('\0') >= 0) {
                        // a file's text may hold it (SQLite keeps it); a team database cannot, nor do our edits
                        Object key = columns.contains("id") ? rs.getObject("id") : rs.getRow();
                        throw new DatabaseException(table + " " + key + ", " + columns.get(i - 1) + ": "
                                + FieldRules.NUL + " (nothing was copied)");
                    }
                    ps.setObject(i, value);
                }
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    /** The ids the copy set explicitly: each identity's next value goes past the largest. */
    private static void moveIdentitiesPastCopiedRows(Connection target) throws SQLException {
        try (Statement st = target.createStatement()) {
            for (String table : Database.TABLES) {
                if (KEYS.containsKey(table)) {
                    continue;
                }
                st.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce(max(id), 0) + 1,"
                        + " false) FROM " + table);
            }
        }
    }
}
