package org.allianceexplorer.data.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Several people on one team database (issue 17): a window learns of another's commit at its next poll (the window
 * polls every two seconds) through LISTEN/NOTIFY, its own commits do not count, and it reads the change at once.
 */
class ServerChangesTest {

    @Test
    void anotherSessionsCommitIsToldAtTheNextPollAndItsOwnIsNot() throws Exception {
        ServerAddress a = TestServer.newCopy(EditFixture.bundledFile());
        try (Database watcher = Database.openServer(a, null, true);
                Editing editing = Editing.of(Database.openServer(a, null, false), Clock.systemUTC())) {
            long v0 = watcher.dataVersion();
            long own = editing.database().dataVersion();
            long source = EditFixture.id(editing.database(), "SELECT min(id) FROM source");
            editing.edits()
                    .add(
                            EditKind.PARTY,
                            Map.of("abbreviation", "NEWT", "name", "New Team Party"),
                            Cite.source(source),
                            "t");
            long told = System.nanoTime();
            while (watcher.dataVersion() == v0 && System.nanoTime() - told < 2_000_000_000L) {
                Thread.sleep(20);
            }
            assertThat(watcher.dataVersion())
                    .as("told of another's commit within 2 s")
                    .isNotEqualTo(v0);
            assertThat(editing.database().dataVersion())
                    .as("its own commit does not count")
                    .isEqualTo(own);
            assertThat(Repositories.of(watcher).parties().party("NEWT")).isPresent();

            // a write by another tool (psql) is told too
            long v1 = watcher.dataVersion();
            try (var c = TestServer.connect(a);
                    Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE party SET name = 'Renamed' WHERE abbreviation = 'NEWT'");
            }
            long since = System.nanoTime();
            while (watcher.dataVersion() == v1 && System.nanoTime() - since < 2_000_000_000L) {
                Thread.sleep(20);
            }
            assertThat(watcher.dataVersion())
                    .as("told of another tool's write within 2 s")
                    .isGreaterThan(v1);
        }
    }
}
