package org.allianceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Faults of a team database (issue 17): a connection cut in the middle of an edit's transaction leaves no partial
 * write, and the editor gets one line naming the server, never a stack trace or a password.
 */
class ServerFaultsTest {

    private static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aConnectionCutMidTransactionLeavesNoPartialWrite() throws Exception {
        ServerAddress a = TestServer.newCopy(EditFixture.bundledFile());
        long parties;
        long edits;
        try (Connection c = TestServer.connect(a)) {
            parties = count(c, "SELECT count(*) FROM party");
            edits = count(c, "SELECT count(*) FROM edit");
        }
        try (Database db = Database.openServer(a, null, false)) {
            long pid = count(db.connection(), "SELECT pg_backend_pid()");
            assertThatThrownBy(() -> EditTransaction.commit(db, Clock.systemUTC(), "t", "edit", null, tx -> {
                        try (Statement st = tx.connection().createStatement()) {
                            st.executeUpdate("INSERT INTO party (abbreviation, name) VALUES ('CUT1', 'First')");
                            // the network goes, the server restarts, an administrator ends the session: here, the last
                            TestServer.admin("SELECT pg_terminate_backend(" + pid + ")");
                            st.executeUpdate("INSERT INTO party (abbreviation, name) VALUES ('CUT2', 'Second')");
                        }
                        return "Add two parties";
                    }))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageStartingWith(a + ": the server ended the connection")
                    .hasMessageContaining("not saved")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
        try (Connection c = TestServer.connect(a)) {
            assertThat(count(c, "SELECT count(*) FROM party"))
                    .as("no party of the cut edit")
                    .isEqualTo(parties);
            assertThat(count(c, "SELECT count(*) FROM party WHERE abbreviation LIKE 'CUT%'"))
                    .isZero();
            assertThat(count(c, "SELECT count(*) FROM edit"))
                    .as("no history of it")
                    .isEqualTo(edits);
        }
    }
}
