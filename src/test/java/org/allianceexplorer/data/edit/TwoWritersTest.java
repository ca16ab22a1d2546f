package org.allianceexplorer.data.edit;

import static org.allianceexplorer.data.edit.EditFixture.id;
import static org.allianceexplorer.data.edit.EditFixture.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.Edit;
import org.allianceexplorer.domain.edit.EditKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two windows on one file: their edits take turns (the busy timeout), none is lost, each notices the other's. */
class TwoWritersTest {

    @TempDir
    Path dir;

    @Test
    void twoConnectionsEditingAtOnceTakeTurnsAndLoseNothing() throws Exception {
        Path file = EditFixture.copy(dir.resolve("db.sqlite"));
        int each = 40;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Editing a = EditFixture.open(file);
                Editing b = EditFixture.open(file)) {
            long src = id(a.database(), "SELECT min(id) FROM source");
            long versionA = a.database().dataVersion();
            List<Future<List<Long>>> runs = new ArrayList<>();
            for (Editing e : List.of(a, b)) {
                String who = e == a ? "A" : "B";
                runs.add(pool.submit(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        Edit made = e.edits()
                                .add(
                                        EditKind.PARTY,
                                        Map.of("abbreviation", who + i, "name", "Party " + who + i),
                                        Cite.source(src),
                                        who);
                        ids.add(made.id());
                    }
                    return ids;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : runs) {
                all.addAll(f.get(120, TimeUnit.SECONDS));
            }
            assertThat(all).doesNotHaveDuplicates().hasSize(2 * each);
            assertThat(id(a.database(), "SELECT count(*) FROM edit")).isEqualTo(2L * each);
            assertThat(id(a.database(), "SELECT count(*) FROM party WHERE abbreviation GLOB '[AB][0-9]*'"))
                    .isEqualTo(2L * each);
            assertThat(a.database().dataVersion()).as("A noticed B's commits").isNotEqualTo(versionA);
            assertThat(rows(a.database().connection(), "PRAGMA integrity_check"))
                    .containsExactly("ok");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEditWaitsWhileAnotherProgramHoldsTheWriteLockBrieflyThenCommits() throws Exception {
        Path file = EditFixture.copy(dir.resolve("db.sqlite"));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Editing e = EditFixture.open(file);
                Database other = Database.openForEditing(file);
                Statement st = other.connection().createStatement()) {
            long src = id(e.database(), "SELECT min(id) FROM source");
            st.execute("BEGIN IMMEDIATE");
            st.executeUpdate("UPDATE party SET name = name || '' WHERE id = 1");
            long t0 = System.nanoTime();
            Future<Edit> waiting = pool.submit(() -> e.edits()
                    .add(EditKind.PARTY, Map.of("abbreviation", "WAIT", "name", "Waited"), Cite.source(src), "w"));
            Thread.sleep(1500);
            assertThat(waiting.isDone()).as("still waiting for the lock").isFalse();
            st.execute("COMMIT");
            Edit done = waiting.get(10, TimeUnit.SECONDS);
            assertThat(done.id()).isPositive();
            assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(1500);
        } finally {
            pool.shutdownNow();
        }
    }
}
