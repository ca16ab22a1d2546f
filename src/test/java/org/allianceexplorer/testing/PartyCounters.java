package org.allianceexplorer.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.EditRepository;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.Edit;
import org.allianceexplorer.domain.edit.EditKind;

/**
 * Parties used as counters by several editors at once (the team-edit benchmark, the restart test): each party's
 * name is "Counter N"; an edit reads one and saves N + 1 from what it read, so a save over another's change is
 * refused (stale) and the counters add up to the committed edits exactly when no update was lost.
 */
public record PartyCounters(ServerAddress server, List<Long> parties, long source) {

    /** Sets the first {@code limit} parties of the team database at {@code server} to "Counter 0". */
    public static PartyCounters prepare(ServerAddress server, int limit) throws SQLException {
        List<Long> parties = new ArrayList<>();
        try (Editing setup = Editing.of(Database.openServer(server, null, false), Clock.systemUTC())) {
            for (String id : EditFixture.rows(
                    setup.database().connection(), "SELECT id FROM party ORDER BY id LIMIT " + limit)) {
                parties.add(Long.parseLong(id));
            }
            long source = EditFixture.id(setup.database(), "SELECT min(id) FROM source");
            for (long p : parties) {
                setup.edits().change(EditKind.PARTY, p, Map.of("name", "Counter 0"), Cite.source(source), "setup");
            }
            return new PartyCounters(server, List.copyOf(parties), source);
        }
    }

    /** The party's values as an editor reads them before changing it. */
    public Map<String, String> read(EditRepository edits, long party) {
        return edits.values(EditKind.PARTY, party).orElseThrow();
    }

    /** Saves the counter read in {@code seen} plus one (refused as stale when another's change came first). */
    public Edit bump(EditRepository edits, long party, Map<String, String> seen, String who) {
        int n = Integer.parseInt(seen.get("name").substring("Counter ".length()));
        return edits.change(
                EditKind.PARTY, party, Map.of("name", "Counter " + (n + 1)), seen, Cite.source(source), who);
    }

    /** The counters added up, as the database has them. */
    public static long sum(Connection c) throws SQLException {
        long sum = 0;
        for (String name : EditFixture.rows(c, "SELECT name FROM party WHERE name LIKE 'Counter %'")) {
            sum += Long.parseLong(name.substring("Counter ".length()));
        }
        return sum;
    }
}
