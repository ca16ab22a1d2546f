package org.allianceexplorer.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
            boolean auto = target.getAutoCommit();
            target.setAutoCommit(false);
            try {
                for (String table : Database.TABLES) {
                    copyTable(from.connection(), target, table);
                }
                if (to.dialect() == Dialect.POSTGRESQL) {
                    moveIdentitiesPastCopiedRows(target);
                }
                DealState.refresh(target);
                target.commit();
            } catch (SQLException | RuntimeException e) {
                target.rollback();
                throw e;
            } finally {
                target.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw to.writeFailure(e);
        }
    }

    private static void copyTable(Connection source, Connection target, String table) throws SQLException {
        String order = KEYS.getOrDefault(table, "id");
        try (Statement st = source.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
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
                        ps.setObject(i, rs.getObject(i));
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
