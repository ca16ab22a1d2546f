package org.allianceexplorer.data.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.EditRejected;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.testing.Engine;
import org.allianceexplorer.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Several editors at once (issue 17), on each engine: a change made from a record as it was seen is refused when
 * someone changed it since, with a message showing their change; editors racing on one record lose no update.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class StaleEditTest {

    @TempDir
    Path dir;

    @Parameter
    Engine engine;

    private Path file;
    private ServerAddress server;

    /** Another editor's session on the same database. */
    private Editing session() {
        Database db = file != null ? Database.openForEditing(file) : Database.openServer(server, null, false);
        return Editing.of(db, Clock.systemUTC());
    }

    private void newDatabase() throws Exception {
        if (engine == Engine.SQLITE) {
            file = EditFixture.copy(dir.resolve("team.sqlite"));
        } else {
            server = TestServer.newCopy(EditFixture.bundledFile());
        }
    }

    @Test
    void aChangeFromARecordChangedSinceIsRefusedAndShowsTheOtherChange() throws Exception {
        newDatabase();
        try (Editing ayesha = session();
                Editing bilal = session()) {
            long party = EditFixture.id(ayesha.database(), "SELECT min(id) FROM party");
            long source = EditFixture.id(ayesha.database(), "SELECT min(id) FROM source");
            Map<String, String> seenByAyesha =
                    ayesha.edits().values(EditKind.PARTY, party).orElseThrow();
            String before = seenByAyesha.get("name");

            bilal.edits()
                    .change(EditKind.PARTY, party, Map.of("name", "Renamed by Bilal"), Cite.source(source), "bilal");

            assertThatThrownBy(() -> ayesha.edits()
                            .change(
                                    EditKind.PARTY,
                                    party,
                                    Map.of("name", "Renamed by Ayesha"),
                                    seenByAyesha,
                                    Cite.source(source),
                                    "ayesha"))
                    .isInstanceOf(EditRejected.class)
                    .hasMessageContaining("someone else changed this party since you opened it")
                    .hasMessageContaining("name '" + before + "' → 'Renamed by Bilal'")
                    .hasMessageContaining(", by "
                            + (engine == Engine.SQLITE
                                    ? "bilal"
                                    : TestServer.address().user()))
                    .hasMessageContaining("open it again to see theirs");
            assertThat(EditFixture.text(ayesha.database(), "SELECT name FROM party WHERE id = ?", party))
                    .as("Bilal's change is kept")
                    .isEqualTo("Renamed by Bilal");

            // seen afresh, the same change goes through
            Map<String, String> seenNow =
                    ayesha.edits().values(EditKind.PARTY, party).orElseThrow();
            ayesha.edits()
                    .change(
                            EditKind.PARTY,
                            party,
                            Map.of("name", "Renamed by Ayesha"),
                            seenNow,
                            Cite.source(source),
                            "ayesha");
            assertThat(EditFixture.text(bilal.database(), "SELECT name FROM party WHERE id = ?", party))
                    .isEqualTo("Renamed by Ayesha");
        }
    }

    @Test
    void editorsRacingOnOneRecordLoseNoUpdate() throws Exception {
        newDatabase();
        int editors = 4;
        int each = 15;
        long party;
        long source;
        try (Editing setup = session()) {
            party = EditFixture.id(setup.database(), "SELECT min(id) FROM party");
            source = EditFixture.id(setup.database(), "SELECT min(id) FROM source");
            setup.edits().change(EditKind.PARTY, party, Map.of("name", "Count 0"), Cite.source(source), "setup");
        }
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        try {
            List<Future<Integer>> refusals = new ArrayList<>();
            for (int e = 0; e < editors; e++) {
                String who = "editor" + e;
                refusals.add(pool.submit(() -> {
                    int refused = 0;
                    try (Editing mine = session()) {
                        for (int done = 0; done < each; ) {
                            // read, add one, save from what was read: a save over another's is refused, then retried
                            Map<String, String> seen =
                                    mine.edits().values(EditKind.PARTY, party).orElseThrow();
                            int n = Integer.parseInt(seen.get("name").substring("Count ".length()));
                            try {
                                mine.edits()
                                        .change(
                                                EditKind.PARTY,
                                                party,
                                                Map.of("name", "Count " + (n + 1)),
                                                seen,
                                                Cite.source(source),
                                                who);
                                done++;
                            } catch (EditRejected stale) {
                                refused++;
                            } catch (org.allianceexplorer.data.DatabaseException busy) {
                                // SQLite: another writer held the file past the busy timeout; nothing written, retry
                                refused++;
                            }
                        }
                    }
                    return refused;
                }));
            }
            for (Future<Integer> f : refusals) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        try (Editing check = session()) {
            assertThat(EditFixture.text(check.database(), "SELECT name FROM party WHERE id = ?", party))
                    .as("every acknowledged increment is there")
                    .isEqualTo("Count " + (editors * each));
            assertThat(EditFixture.id(
                            check.database(),
                            "SELECT count(*) FROM history WHERE kind = 'party' AND record_id = ? AND field = 'name'",
                            party))
                    .isEqualTo(editors * each + 1);
        }
    }
}
