package org.allianceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.data.generate.SyntheticDatabase;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.SeatDeal;
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
 * The deals' state kept ready (schema 6): after every kind of write the stored state is what the live query works
 * out, a write by another tool is read live until the next refresh, and migrating a schema-5 file keeps every record.
 * On each engine (ADR 0018): PostgreSQL's triggers are PL/pgSQL twins of SQLite's and must keep the state alike;
 * generating and migrating files are SQLite's alone.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class DealStateTest {

    @TempDir
    Path dir;

    @Parameter
    Engine engine;

    /** A copy of the bundled dataset that a test may write to: a file, or a database on the test server. */
    private record Target(Path file, ServerAddress server) {}

    private Target writableCopy(String name) throws Exception {
        return engine == Engine.SQLITE
                ? new Target(EditFixture.copy(dir.resolve(name)), null)
                : new Target(null, TestServer.newCopy(EditFixture.bundledFile()));
    }

    /** A plain connection, as another tool has it (sqlite3, psql): no refresh after its writes. */
    private static Connection connect(Target t) throws Exception {
        return t.file() != null
                ? DriverManager.getConnection("jdbc:sqlite:" + t.file())
                : Dialect.POSTGRESQL.wrap(TestServer.connect(t.server()));
    }

    private static Database openReadOnly(Target t) {
        return t.file() != null
                ? Database.openReadOnly(t.file(), "other")
                : Database.openServer(t.server(), null, true);
    }

    /** Each deal's state as the live expressions work it out now, by deal id. */
    private static List<String> live(Connection c) throws SQLException {
        return rows(
                c,
                "SELECT d.id, " + String.join(", ", DealState.expressions("")) + " FROM seat_deal d"
                        + " JOIN election e ON e.id = d.election_id" + DealState.joins(false, "") + " ORDER BY d.id");
    }

    /** Each deal's state as stored. */
    private static List<String> stored(Connection c) throws SQLException {
        return rows(c, "SELECT deal_id, " + String.join(", ", DealState.COLUMNS) + " FROM deal_state ORDER BY deal_id");
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        return EditFixture.rows(c, sql);
    }

    /** The stored state is complete and agrees with the live query, deal by deal, with nothing queued. */
    private static void assertInStep(Connection c, String when) throws SQLException {
        assertThat(count(c, "SELECT count(*) FROM deal_state_pending"))
                .as("deals queued after %s", when)
                .isZero();
        List<String> live = live(c);
        assertThat(live).as("deals to compare after %s", when).isNotEmpty();
        assertThat(stored(c)).as("stored state after %s", when).containsExactlyElementsOf(live);
        assertThat(rows(c, "SELECT assembly_id, date, claims FROM claim_count ORDER BY 1, 2"))
                .as("claims counted by assembly and date after %s", when)
                .containsExactlyElementsOf(rows(
                        c,
                        "SELECT c.assembly_id, k.date, count(*) FROM deal_claim k JOIN seat_deal d ON d.id = k.deal_id"
                                + " JOIN constituency c ON c.id = d.constituency_id GROUP BY 1, 2 ORDER BY 1, 2"));
    }

    /** The deal listing through the repository (no as-of day), one line per deal. */
    private static List<String> listing(Database db) {
        List<String> out = new ArrayList<>();
        new SqlDealRepository(db).forEachDeal(RecordFilter.ALL, (SeatDeal d) -> out.add(d.toString()));
        return out;
    }

    @Test
    void theBundledDatasetIsBuiltWithEveryDealsState() throws Exception {
        try (Database db = engine.openBundled()) {
            Connection c = db.connection();
            assertThat(count(c, "SELECT count(*) FROM deal_state"))
                    .isEqualTo(count(c, "SELECT count(*) FROM seat_deal"))
                    .isPositive();
            assertInStep(c, "building the bundled dataset");
            // the founding case's deal in NA-242 has results: its outcome is stored
            assertThat(count(c, "SELECT count(*) FROM deal_state WHERE receiver_votes IS NOT NULL"))
                    .isPositive();
        }
    }

    @Test
    void aGeneratedDatabaseIsWrittenWithEveryDealsState() throws Exception {
        assumeTrue(engine == Engine.SQLITE, "generate writes SQLite files");
        Path file = dir.resolve("gen.sqlite");
        SyntheticDatabase.generate(file, new SyntheticDatabase.Size(12, 3_000, 4, 6_000), 7);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(count(c, "SELECT count(*) FROM deal_state")).isEqualTo(3_000);
            assertThat(count(c, "SELECT count(*) FROM deal_state WHERE giver_estimate IS NOT NULL"))
                    .as("deals whose giver stood at the previous election")
                    .isPositive();
            assertInStep(c, "generate");
        }
    }

    @Test
    void everyEditAndItsUndoKeepTheStateInStep() throws Exception {
        try (Editing editing = EditFixture.open(engine, dir)) {
            Database db = editing.database();
            Connection c = db.connection();
            EditRepository edits = editing.edits();
            long source = count(c, "SELECT min(id) FROM source");
            Cite cite = Cite.source(source);
            // a deal with results read from the candidate results (no official count): the receiver's candidacy
            long deal = count(
                    c, "SELECT min(deal_id) FROM deal_state WHERE receiver_votes IS NOT NULL AND count_basis IS NULL");
            long candidacy = count(c, "SELECT candidacy_id FROM seat_deal WHERE id = " + deal);
            long election = count(c, "SELECT election_id FROM seat_deal WHERE id = " + deal);
            String before = stored(c).stream()
                    .filter(r -> r.startsWith(deal + "|"))
                    .findFirst()
                    .orElseThrow();
            List<Long> done = new ArrayList<>();

            done.add(edits.change(EditKind.RESULT, candidacy, Map.of("votes", "1"), cite, "t")
                    .id());
            assertInStep(c, "changing the receiver's votes");
            assertThat(stored(c)).as("the deal's outcome changed").doesNotContain(before);

            done.add(edits.add(
                            EditKind.CLAIM,
                            Map.of(
                                    "deal_id",
                                    "" + deal,
                                    "date",
                                    "2000-01-01",
                                    "status",
                                    "denied",
                                    "source_id",
                                    "" + source),
                            cite,
                            "t")
                    .id());
            assertInStep(c, "adding a claim");

            long claim = count(c, "SELECT max(id) FROM deal_claim WHERE deal_id = " + deal);
            done.add(edits.change(EditKind.CLAIM, claim, Map.of("date", "2024-01-03"), cite, "t")
                    .id());
            assertInStep(c, "moving a claim to another day");

            done.add(edits.change(EditKind.ELECTION, election, Map.of("polling_day", "1999-12-31"), cite, "t")
                    .id());
            assertInStep(c, "moving polling day");

            long counted = count(c, "SELECT coalesce(min(id), 0) FROM seat_count");
            if (counted > 0) {
                done.add(edits.change(EditKind.SEAT_COUNT, counted, Map.of("winner_votes", "12"), cite, "t")
                        .id());
                assertInStep(c, "changing an official count");
            }

            done.add(edits.delete(EditKind.DEAL, deal, true, "t").id());
            assertInStep(c, "deleting the deal");
            assertThat(count(c, "SELECT count(*) FROM deal_state WHERE deal_id = " + deal))
                    .isZero();

            for (int i = done.size() - 1; i >= 0; i--) {
                edits.undo(done.get(i), "t");
                assertInStep(c, "undoing edit " + done.get(i));
            }
            assertThat(stored(c)).as("all undone: the deal's state as it was").contains(before);
        }
    }

    /**
     * The listing with no as-of day reads the kept state and finds the names by id (one join); by chunks and for a
     * party too, it gives what the full query (every name joined, each state column stored-or-live) gives deal by
     * deal.
     */
    @Test
    void theLeanListingIsTheFullQuerysListing() throws Exception {
        Path file = dir.resolve("lean.sqlite");
        SyntheticDatabase.generate(file, new SyntheticDatabase.Size(12, 3_000, 4, 6_000), 3);
        for (Database db : List.of(engine.openBundled(), engine.open(file))) {
            try (db) {
                SqlDealRepository r = new SqlDealRepository(db);
                List<SeatDeal> lean = new ArrayList<>();
                r.forEachDeal(RecordFilter.ALL, lean::add);
                List<SeatDeal> full = new ArrayList<>();
                r.forEachDeal(RecordFilter.ALL, lean.stream().map(SeatDeal::id).toList(), full::add);
                assertThat(lean).isNotEmpty().isEqualTo(full);
                assertThat(lean).anySatisfy(d -> assertThat(d.outcome()).isNotNull());

                List<SeatDeal> chunked = new ArrayList<>();
                long after = Long.MIN_VALUE;
                for (int n = -1; n != 0; ) {
                    List<SeatDeal> chunk = new ArrayList<>();
                    r.forEachDeal(RecordFilter.ALL, after, 700, chunk::add);
                    n = chunk.size();
                    chunked.addAll(chunk);
                    after = n == 0 ? after : chunk.get(n - 1).id();
                }
                assertThat(chunked).isEqualTo(lean);

                String party = lean.get(lean.size() / 2).giver();
                List<SeatDeal> ofParty = new ArrayList<>();
                r.forEachDeal(RecordFilter.ALL.withParty(party), ofParty::add);
                assertThat(ofParty)
                        .isNotEmpty()
                        .isEqualTo(lean.stream()
                                .filter(d ->
                                        d.giver().equals(party) || d.receiver().equals(party))
                                .toList());
            }
        }
    }

    @Test
    void aWriteByAnotherToolIsReadLiveUntilTheNextRefresh() throws Exception {
        Target file = writableCopy("other.sqlite");
        long deal;
        long votes;
        try (Connection c = connect(file);
                Statement st = c.createStatement()) {
            // a deal whose outcome is read from the candidate results (no official count)
            deal = count(
                    c, "SELECT min(deal_id) FROM deal_state WHERE receiver_votes IS NOT NULL AND count_basis IS NULL");
            votes = count(c, "SELECT receiver_votes FROM deal_state WHERE deal_id = " + deal) + 1_000_000;
            // sqlite3 or a script: no refresh after the write
            st.executeUpdate("UPDATE candidacy SET votes = votes + 1000000 WHERE id = "
                    + "(SELECT candidacy_id FROM seat_deal WHERE id = " + deal + ")");
            assertThat(count(c, "SELECT count(*) FROM deal_state_pending")).isPositive();
            assertThat(count(c, "SELECT count(*) FROM deal_state WHERE deal_id = " + deal))
                    .as("the touched deal's state is dropped, not left stale")
                    .isZero();
        }
        List<String> shown;
        try (Database db = openReadOnly(file)) {
            List<SeatDeal> deals = new ArrayList<>();
            new SqlDealRepository(db).forEachDeal(RecordFilter.ALL, deals::add);
            shown = deals.stream().map(SeatDeal::toString).toList();
            SeatDeal read =
                    deals.stream().filter(d -> d.id() == deal).findFirst().orElseThrow();
            // the deals and claims per election (info) count the deal without a kept state live
            List<Repositories.Coverage> coverage =
                    Repositories.of(db).statistics().coverage();
            assertThat(coverage.stream()
                            .mapToLong(Repositories.Coverage::claims)
                            .sum())
                    .isEqualTo(count(db.connection(), "SELECT count(*) FROM deal_claim"));
            assertThat(coverage.stream().mapToLong(Repositories.Coverage::deals).sum())
                    .isEqualTo(count(db.connection(), "SELECT count(*) FROM seat_deal"));
            assertThat(read.outcome().receiverVotes())
                    .as("the new votes, read live")
                    .isEqualTo(votes);
        }
        byte[] bytes = file.file() == null ? null : Files.readAllBytes(file.file());
        try (Database db = openReadOnly(file)) {
            assertThat(listing(db)).as("reading again reads the same").isEqualTo(shown);
        }
        if (bytes != null) {
            assertThat(Files.readAllBytes(file.file()))
                    .as("reading never writes")
                    .isEqualTo(bytes);
        }
        try (Connection c = connect(file)) {
            c.setAutoCommit(false);
            DealState.refresh(c);
            c.commit();
            assertInStep(c, "the next refresh");
        }
        try (Database db = openReadOnly(file)) {
            assertThat(listing(db)).as("stored and live read alike").isEqualTo(shown);
        }
    }

    @Test
    void theClaimsCountsFollowEveryMoveOfAClaimADealOrASeat() throws Exception {
        Target file = writableCopy("moves.sqlite");
        try (Connection c = connect(file);
                Statement st = c.createStatement()) {
            long deal = count(c, "SELECT min(deal_id) FROM deal_state WHERE receiver_votes IS NOT NULL");
            // written by another tool: moving the deal and then its new seat to other assemblies: the claims' counts
            // follow at once
            st.executeUpdate("UPDATE seat_deal SET constituency_id = (SELECT min(c.id) FROM constituency c"
                    + " WHERE c.assembly_id <> (SELECT c2.assembly_id FROM constituency c2 JOIN seat_deal d2"
                    + " ON d2.constituency_id = c2.id WHERE d2.id = " + deal + ")) WHERE id = " + deal);
            st.executeUpdate("UPDATE constituency SET assembly_id = (SELECT max(id) FROM assembly)"
                    + " WHERE id = (SELECT constituency_id FROM seat_deal WHERE id = " + deal + ")");
            st.executeUpdate(
                    "DELETE FROM deal_claim WHERE id = (SELECT min(id) FROM deal_claim WHERE deal_id = " + deal + ")");
            assertThat(rows(c, "SELECT assembly_id, date, claims FROM claim_count ORDER BY 1, 2"))
                    .as("claims counted by the triggers alone")
                    .containsExactlyElementsOf(rows(
                            c,
                            "SELECT c.assembly_id, k.date, count(*) FROM deal_claim k JOIN seat_deal d"
                                    + " ON d.id = k.deal_id JOIN constituency c ON c.id = d.constituency_id"
                                    + " GROUP BY 1, 2 ORDER BY 1, 2"));
            assertThat(count(c, "SELECT count(*) FROM claim_count")).isPositive();
        }
    }

    @Test
    void migratingASchemaFiveCopyKeepsEveryRecordAndWorksOutTheState() throws Exception {
        assumeTrue(engine == Engine.SQLITE, "no PostgreSQL database older than schema 6 exists (ADR 0018)");
        Path generated = dir.resolve("gen.sqlite");
        SyntheticDatabase.generate(generated, new SyntheticDatabase.Size(10, 2_000, 3, 4_000), 3);
        for (Path current : List.of(EditFixture.copy(dir.resolve("bundled.sqlite")), generated)) {
            Path old = dir.resolve("v5-" + current.getFileName());
            Files.copy(current, old);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old);
                    Statement st = c.createStatement()) {
                // as schema 5 had it: no kept state
                for (String trigger : rows(c, "SELECT name FROM sqlite_schema WHERE type = 'trigger'")) {
                    st.executeUpdate("DROP TRIGGER " + trigger);
                }
                for (String derived : Database.DERIVED_TABLES) {
                    st.executeUpdate("DROP TABLE " + derived);
                }
                st.executeUpdate("PRAGMA user_version = 5");
            }
            Path migrated = dir.resolve("v6-" + current.getFileName());
            Database.migrateCopy(old, migrated);
            try (Connection before = DriverManager.getConnection("jdbc:sqlite:" + current);
                    Connection after = DriverManager.getConnection("jdbc:sqlite:" + migrated)) {
                for (String table : Database.TABLES) {
                    List<String> kept = rows(before, "SELECT * FROM " + table);
                    assertThat(rows(after, "SELECT * FROM " + table))
                            .as("%s of %s", table, current.getFileName())
                            .containsExactlyInAnyOrderElementsOf(kept);
                }
                assertInStep(after, "migrating " + current.getFileName());
                assertThat(stored(after)).isEqualTo(stored(before));
            }
        }
    }

    @Test
    void theDealsWithTheirStatusOnlyAreTheListingsDealsWithTheirStatus() {
        try (Database db = engine.openBundled()) {
            SqlDealRepository deals = new SqlDealRepository(db);
            int compared = 0;
            for (LocalDate day :
                    new LocalDate[] {null, LocalDate.of(2024, 1, 11), LocalDate.of(2024, 2, 5), LocalDate.of(2018, 7, 1)
                    }) {
                for (String party : new String[] {null, "ANP", "MQM-P"}) {
                    RecordFilter f = new RecordFilter(day, party);
                    List<String> listing = new ArrayList<>();
                    deals.forEachDeal(
                            f,
                            d -> listing.add(d.id() + " " + d.election() + " " + d.seat() + " " + d.assembly()
                                    + " " + d.giver() + ">" + d.receiver() + " " + d.candidate() + " " + d.status()
                                    + " "
                                    + d.statusDate()));
                    List<String> lean = new ArrayList<>();
                    deals.forEachDealStatus(
                            f,
                            d -> lean.add(d.id() + " " + d.election() + " " + d.seat() + " "
                                    + d.assembly() + " " + d.giver() + ">" + d.receiver() + " " + d.candidate() + " "
                                    + d.status() + " " + d.statusDate()));
                    assertThat(lean).as("as of %s, party %s", day, party).isEqualTo(listing);
                    compared += lean.size();
                }
            }
            assertThat(compared).as("deals compared").isGreaterThan(100);
        }
    }
}
