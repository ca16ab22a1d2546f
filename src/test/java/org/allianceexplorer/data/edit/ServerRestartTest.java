package org.allianceexplorer.data.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DatabaseException;
import org.allianceexplorer.data.EditRejected;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.domain.edit.Edit;
import org.allianceexplorer.testing.PartyCounters;
import org.allianceexplorer.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * A team database whose server goes away (issue 17): restarted while editors are at work, or a session ended by an
 * administrator. The clients connect again by themselves; what the server acknowledged is all there; what it did not
 * was refused with one line, and nothing is half written.
 */
class ServerRestartTest {

    private static final int CLIENTS = 4;
    private static final int EACH = 30;

    @Test
    void aBrowsingWindowsConnectionComesBackAfterTheSessionIsEnded() throws Exception {
        ServerAddress a = TestServer.newCopy(EditFixture.bundledFile());
        try (Database db = Database.openServer(a, null, true)) {
            Repositories r = Repositories.of(db);
            long parties = r.statistics().counts().values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            long v0 = db.dataVersion();
            TestServer.restart(a);
            // the first step after the cut learns of it (one line, no password, no stack); the next connects again
            assertThatThrownBy(db::dataVersion)
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageStartingWith(a + ": ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            long v1 = db.dataVersion();
            assertThat(v1)
                    .as("commits of others may have been missed while away: the window reloads")
                    .isGreaterThan(v0);
            assertThat(r.statistics().counts().values().stream()
                            .mapToLong(Long::longValue)
                            .sum())
                    .isEqualTo(parties);
        }
    }

    @Test
    void editorsCarryOnAfterTheServerRestartsAndNothingAcknowledgedIsLost() throws Exception {
        ServerAddress a = TestServer.newCopy(EditFixture.bundledFile());
        PartyCounters counters = PartyCounters.prepare(a, 6);
        List<Long> parties = counters.parties();
        long before;
        try (Database db = Database.openServer(a, null, true)) {
            before = EditFixture.id(db, "SELECT max(id) FROM edit");
        }

        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        Set<Long> acknowledgedIds = java.util.Collections.synchronizedSet(new HashSet<>());
        List<String> otherErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int seed = c;
            clients.add(pool.submit(() -> {
                Random random = new Random(seed);
                try (Editing mine = Editing.of(Database.openServer(a, null, false), Clock.systemUTC())) {
                    for (int done = 0; done < EACH; ) {
                        long party = parties.get(random.nextInt(parties.size()));
                        try {
                            Map<String, String> seen = counters.read(mine.edits(), party);
                            Edit e = counters.bump(mine.edits(), party, seen, "client" + seed);
                            acknowledgedIds.add(e.id());
                            acknowledged.incrementAndGet();
                            done++;
                        } catch (EditRejected stale) {
                            // another client's change got there first: read again
                        } catch (DatabaseException away) {
                            lost.incrementAndGet();
                            if (!away.getMessage().startsWith(a + ": ")
                                    || away.getMessage().contains("\n")) {
                                otherErrors.add(away.getMessage());
                            }
                            Thread.sleep(50);
                        }
                    }
                }
                return null;
            }));
        }
        while (acknowledged.get() < CLIENTS * EACH / 3) {
            Thread.sleep(10);
        }
        boolean restarted = TestServer.restart(a);
        for (Future<?> f : clients) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(otherErrors).as("every failure one line naming the server").isEmpty();
        assertThat(acknowledged.get()).isEqualTo(CLIENTS * EACH);
        assertThat(lost.get())
                .as("the clients felt the " + (restarted ? "restart" : "ended sessions"))
                .isPositive();
        try (Connection c = TestServer.connect(a);
                Statement st = c.createStatement()) {
            Set<Long> committed = new HashSet<>();
            try (ResultSet rs = st.executeQuery("SELECT id FROM edit WHERE id > " + before)) {
                while (rs.next()) {
                    committed.add(rs.getLong(1));
                }
            }
            assertThat(committed).as("every acknowledged edit is there").containsAll(acknowledgedIds);
            long sum = PartyCounters.sum(c);
            assertThat(sum)
                    .as("each committed edit counted once: no lost update, nothing half written")
                    .isEqualTo(committed.size());
        }
    }
}
