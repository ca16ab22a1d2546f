package org.allianceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.allianceexplorer.data.generate.SyntheticDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import larger than the history keeps for one is not recorded, and says so; one within it is. */
class ImportHistoryLimitTest {

    @TempDir
    Path dir;

    /** Adds two parties (keys {@code prefix}1 and 2) in a transaction begun with an import's history, records it with {@code limit}, commits. */
    private static ImportHistory.Recorded twoPartiesRecordedWithin(Database db, String prefix, long limit)
            throws SQLException {
        Connection c = db.connection();
        c.setAutoCommit(false);
        ImportHistory history = ImportHistory.begin(c, limit);
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO party (abbreviation, name) VALUES ('" + prefix + "1', 'One'), ('" + prefix
                    + "2', 'Two')");
        }
        ImportHistory.Recorded r = history.record(db, "Import limits", "tester", Clock.systemUTC());
        c.commit();
        c.setAutoCommit(true);
        return r;
    }

    private static long edits(Database db) throws SQLException {
        try (Statement st = db.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM edit")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void recordsChangedBeyondTheLimitAreNoLongerWatchedAndTheImportIsNotRecorded() throws Exception {
        Path file = dir.resolve("db.sqlite");
        SyntheticDatabase.generate(file, new SyntheticDatabase.Size(4, 10), 3);
        try (Database db = Database.openForEditing(file)) {
            Connection c = db.connection();
            c.setAutoCommit(false);
            ImportHistory history = ImportHistory.begin(c, 3);
            history.watchWhere("party", "id > 0");
            try (Statement st = c.createStatement()) {
                // one field of one party: within the limit, but four parties were watched, more than it
                st.executeUpdate("UPDATE party SET name = name || ' (renamed)' WHERE id = (SELECT min(id) FROM party)");
            }
            ImportHistory.Recorded r = history.record(db, "Import renames", "tester", Clock.systemUTC());
            c.commit();
            c.setAutoCommit(true);
            assertThat(r.editId()).isZero();
            assertThat(r.note()).contains("it keeps at most 3 for one import");
            assertThat(edits(db)).isZero();
        }
    }

    @Test
    void anImportOverTheLimitIsNotRecordedAndItsNoteSaysWhy() throws Exception {
        Path file = dir.resolve("db.sqlite");
        SyntheticDatabase.generate(file, new SyntheticDatabase.Size(4, 10), 3);
        try (Database db = Database.openForEditing(file)) {
            ImportHistory.Recorded over = twoPartiesRecordedWithin(db, "OVER", 5);
            assertThat(over.editId()).isZero();
            assertThat(over.rows()).isGreaterThan(5);
            assertThat(over.note())
                    .startsWith("not recorded in the history (about ")
                    .contains("it keeps at most 5 for one import")
                    .endsWith("keep a copy of the database from before");
            assertThat(edits(db)).isZero();

            ImportHistory.Recorded within = twoPartiesRecordedWithin(db, "IN", 1_000);
            assertThat(within.editId()).isPositive();
            assertThat(within.rows()).as("two parties, two fields each").isEqualTo(4);
            assertThat(within.note()).isNull();
            assertThat(edits(db)).isEqualTo(1);
        }
    }
}
