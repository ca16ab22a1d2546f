package org.allianceexplorer.data.imports.results;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The secondary indexes of the tables a large import fills (candidacy and citation), dropped while the rows go
 * in and made again from their own SQL once they are all in: building an index from the finished table (one
 * sort) is several times cheaper than updating it row by row. Within the import's transaction, so a refused
 * import rolls the drop back with everything else; the schema after {@link #restore} is the one before,
 * statement for statement. A unique index made again fails, like the row would have, when the rows repeat a key.
 *
 * <p>SQLite only: on a team database (PostgreSQL) a dropped index would lock its table against every other user
 * until the import commits, so the results go in with the indexes kept.
 *
 * <p>Worth it only when the import adds many rows to a table that is small beside them (the rebuild reads the
 * whole table): see {@link #worthDropping}.
 */
final class BulkIndexes {

    /** Below this many rows a table's indexes are rebuilt in a few tens of milliseconds: always worth it. */
    static final long SMALL_TABLE = 50_000;
    /** Bytes of a results file per result, at the least (a long row: seat, candidate, party, votes). */
    static final long MIN_BYTES_PER_RESULT = 32;

    private final Connection c;
    private final List<String[]> dropped = new ArrayList<>();

    private BulkIndexes(Connection c) {
        this.c = c;
    }

    /**
     * Whether rebuilding beats updating: the table is small, or the file may add at least a third as many rows
     * as the table has (an index update per row costs several times what a row of the rebuild does).
     */
    static boolean worthDropping(long tableRows, long fileBytes) {
        return tableRows <= SMALL_TABLE || fileBytes / MIN_BYTES_PER_RESULT * 3 >= tableRows;
    }

    /** Drops the secondary indexes of {@code tables} (those made by CREATE INDEX, not the keys). */
    static BulkIndexes drop(Connection c, String... tables) throws SQLException {
        BulkIndexes b = new BulkIndexes(c);
        for (String table : tables) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"
                            + " ORDER BY rowid")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        b.dropped.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (String[] index : b.dropped) {
                st.execute("DROP INDEX \"" + index[0].replace("\"", "\"\"") + "\"");
            }
        }
        return b;
    }

    /** Makes the dropped indexes again from their SQL (once; later calls do nothing). */
    void restore() throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String[] index : dropped) {
                st.execute(index[1]);
            }
        }
        dropped.clear();
    }
}
