package org.allianceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.domain.Problem;
import org.allianceexplorer.testing.Engine;
import org.allianceexplorer.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each rule of the {@code check} report fires on a database built to break it, and none on a clean one; on each
 * engine (ADR 0018), the file's own checks on SQLite.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class ValidatorTest {

    @Parameter
    Engine engine;

    @TempDir
    Path dir;

    private Path file;
    private Database db;

    /** One record of every kind, each cited, consistent with every rule. */
    @BeforeEach
    void clean() throws SQLException {
        file = dir.resolve("v.sqlite");
        db = engine == Engine.SQLITE ? Database.createNew(file) : TestServer.newDatabase();
        sql(
                "INSERT INTO source (id, code, outlet, title, published) VALUES (1, 's1', 'Outlet', 'Title', '2024-02-10')",
                "INSERT INTO party (id, abbreviation, name) VALUES (1, 'AAA', 'Alpha'), (2, 'BBB', 'Beta')",
                "INSERT INTO party_alias (id, label, party_id) VALUES (1, 'AA', 1)",
                "INSERT INTO person (id, code, name) VALUES (1, 'p1', 'Person One')",
                "INSERT INTO affiliation (id, person_id, party_id, role) VALUES (1, 1, 1, 'leader')",
                "INSERT INTO election (id, code, name, polling_day) VALUES (1, 'el', 'Election', '2024-02-08')",
                "INSERT INTO assembly (id, code, name) VALUES (1, 'NA', 'National Assembly')",
                "INSERT INTO constituency (id, code, assembly_id) VALUES (1, 'NA-1', 1)",
                "INSERT INTO candidacy (id, election_id, constituency_id, candidate_name, party_id, votes, rank, elected)"
                        + " VALUES (1, 1, 1, 'Bee', 2, 100, 1, 1), (2, 1, 1, 'Aye', 1, 50, 2, 0)",
                "INSERT INTO alliance (id, code, name, kind, level, from_date) VALUES (1, 'al', 'Alliance', 'electoral_alliance', 'national', '2024-01')",
                "INSERT INTO membership (id, alliance_id, party_id, from_date) VALUES (1, 1, 1, '2024-01-15')",
                "INSERT INTO seat_deal (id, code, election_id, constituency_id, giver_id, receiver_id, candidate_name, candidacy_id)"
                        + " VALUES (1, 'd1', 1, 1, 1, 2, 'Bee', 1)",
                "INSERT INTO deal_claim (id, deal_id, date, status, source_id) VALUES (1, 1, '2024-02-01', 'reported', 1)",
                "INSERT INTO event (id, code, date, title) VALUES (1, 'ev', '2024-02-01', 'Meeting')",
                "INSERT INTO event_party (event_id, party_id) VALUES (1, 1)",
                "INSERT INTO party_relation (id, party_a, party_b, kind) VALUES (1, 1, 2, 'rivalry')");
        for (String kind : List.of(
                "party",
                "party_alias",
                "person",
                "affiliation",
                "election",
                "assembly",
                "constituency",
                "candidacy",
                "alliance",
                "membership",
                "seat_deal",
                "event",
                "party_relation")) {
            sql("INSERT INTO citation (record_kind, record_id, source_id) VALUES ('" + kind + "', 1, 1)");
        }
        sql("INSERT INTO citation (record_kind, record_id, source_id) VALUES ('party', 2, 1), ('candidacy', 2, 1)");
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private void sql(String... statements) throws SQLException {
        try (Statement st = db.connection().createStatement()) {
            for (String s : statements) {
                st.executeUpdate(s);
            }
        }
    }

    private List<Problem> problems() {
        return new Validator(db, 20).problems();
    }

    @Test
    void cleanDatabaseHasNoProblems() {
        assertThat(problems()).isEmpty();
        assertThat(new Validator(db, 20).run(p -> {})).isZero();
    }

    @Test
    void cleanDatabaseOpenedReadOnlyHasNoProblems() {
        db.close();
        if (engine == Engine.POSTGRESQL) {
            db = Database.openServer(TestServer.address().withDatabase(addressOf(db)), null, true);
            assertThat(problems()).isEmpty();
            return;
        }
        db = Database.openReadOnly(file);
        assertThat(problems()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "party, party AAA",
        "party_alias, alias AA",
        "person, person p1",
        "affiliation, affiliation 1",
        "election, election el",
        "assembly, assembly NA",
        "constituency, seat NA-1",
        "candidacy, result 1",
        "alliance, alliance al",
        "membership, membership 1",
        "seat_deal, deal d1",
        "event, event ev",
        "party_relation, relation 1"
    })
    void recordWithoutSource(String kind, String record) throws SQLException {
        sql("DELETE FROM citation WHERE record_kind = '" + kind + "' AND record_id = 1");
        assertThat(problems()).containsExactly(new Problem(record, "cites no source"));
    }

    private static String addressOf(Database closed) {
        return closed.server().database();
    }

    @Test
    void foreignKeyToAMissingRow() throws SQLException {
        if (engine == Engine.POSTGRESQL) {
            // the server enforces foreign keys on every write: the broken row never gets in
            assertThatThrownBy(() -> sql("INSERT INTO membership (id, alliance_id, party_id) VALUES (2, 1, 99)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("foreign key");
            return;
        }
        sql(
                "PRAGMA foreign_keys = OFF",
                "INSERT INTO membership (id, alliance_id, party_id) VALUES (2, 1, 99)",
                "INSERT INTO citation (record_kind, record_id, source_id) VALUES ('membership', 2, 1)");
        List<Problem> found = problems();
        assertThat(found).contains(new Problem("membership 2", "refers to a missing party"));
    }

    @Test
    void citationOfAMissingRecord() throws SQLException {
        sql("INSERT INTO citation (record_kind, record_id, source_id) VALUES ('event', 42, 1)");
        assertThat(problems()).containsExactly(new Problem("citation event 42", "cites a record that does not exist"));
    }

    @Test
    void dealWithNoClaim() throws SQLException {
        sql("DELETE FROM deal_claim");
        assertThat(problems()).containsExactly(new Problem("deal d1", "has no dated claim, so it has no status"));
    }

    @Test
    void dealCandidateNotOnTheBallot() throws SQLException {
        sql("UPDATE seat_deal SET candidate_name = 'Nobody', candidacy_id = NULL");
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.record()).isEqualTo("deal d1");
            assertThat(p.message()).contains("'Nobody'", "NA-1", "el");
        });
    }

    @Test
    void deniedDealCandidateNeedNotBeOnTheBallot() throws SQLException {
        sql(
                "UPDATE seat_deal SET candidate_name = 'Nobody', candidacy_id = NULL",
                "INSERT INTO deal_claim (id, deal_id, date, status, source_id) VALUES (2, 1, '2024-02-02', 'denied', 1)");
        assertThat(problems()).isEmpty();
    }

    @Test
    void dealCandidateNameMatchesIgnoringCase() throws SQLException {
        sql("UPDATE seat_deal SET candidate_name = 'BEE'");
        assertThat(problems()).isEmpty();
    }

    @Test
    void dealCandidateOfAnotherParty() throws SQLException {
        sql("UPDATE seat_deal SET candidacy_id = 2");
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.record()).isEqualTo("deal d1");
            assertThat(p.message()).contains("'Aye'", "AAA", "BBB");
        });
    }

    @Test
    void claimDatedAfterItsSource() throws SQLException {
        sql("UPDATE deal_claim SET date = '2024-02-20'");
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.record()).isEqualTo("claim 1");
            assertThat(p.message()).contains("2024-02-20", "2024-02-10");
        });
    }

    @Test
    void claimOnTheDayItsSourceWasPublishedIsFine() throws SQLException {
        sql("UPDATE deal_claim SET date = '2024-02-10'");
        assertThat(problems()).isEmpty();
    }

    @Test
    void membershipBeforeItsAllianceBegan() throws SQLException {
        sql("UPDATE membership SET from_date = '2023-12-31'");
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.record()).isEqualTo("membership 1");
            assertThat(p.message()).contains("AAA", "2023-12-31", "2024-01");
        });
    }

    @Test
    void membershipFromTheAlliancesMonthAtDayPrecisionIsFine() throws SQLException {
        sql("UPDATE membership SET from_date = '2024-01-01'");
        assertThat(problems()).isEmpty();
        sql("UPDATE membership SET from_date = '2024'");
        assertThat(problems()).as("a year that contains the alliance's start").isEmpty();
    }

    @Test
    void lineageBothWays() throws SQLException {
        sql(
                "INSERT INTO party_relation (id, party_a, party_b, kind) VALUES (2, 1, 2, 'split'), (3, 2, 1, 'split')",
                "INSERT INTO citation (record_kind, record_id, source_id) VALUES ('party_relation', 2, 1), ('party_relation', 3, 1)");
        assertThat(problems())
                .containsExactly(new Problem("relation 2", "lineage runs both ways between the same parties"));
    }

    @Test
    void symmetricRelationsBothWaysAreFine() throws SQLException {
        sql(
                "INSERT INTO party_relation (id, party_a, party_b, kind) VALUES (2, 2, 1, 'rivalry')",
                "INSERT INTO citation (record_kind, record_id, source_id) VALUES ('party_relation', 2, 1)");
        assertThat(problems()).isEmpty();
    }

    @Test
    void limitCapsProblemsPerRule() throws SQLException {
        for (int i = 10; i < 15; i++) {
            sql("INSERT INTO party (id, abbreviation, name) VALUES (" + i + ", 'X" + i + "', 'Uncited " + i + "')");
        }
        List<Problem> found = new ArrayList<>();
        int n = new Validator(db, 2).run(found::add);
        assertThat(found).hasSize(3);
        assertThat(found.get(0).message()).isEqualTo("cites no source");
        assertThat(found.get(1).message()).isEqualTo("cites no source");
        assertThat(found.get(2)).isEqualTo(new Problem("party without source", "more problems of this kind not shown"));
        assertThat(n).isGreaterThanOrEqualTo(3);
        assertThat(new Validator(db, 20).problems()).hasSize(5);
    }

    @Test
    void damagedFileIsReportedOrRefused() throws Exception {
        assumeTrue(engine == Engine.SQLITE, "a file's pages: a server keeps its own");
        db.close();
        int pageSize;
        int root;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA page_size")) {
                rs.next();
                pageSize = rs.getInt(1);
            }
            try (ResultSet rs = st.executeQuery("SELECT rootpage FROM sqlite_schema WHERE name = 'candidacy_seat'")) {
                rs.next();
                root = rs.getInt(1);
            }
        }
        byte[] all = Files.readAllBytes(file);
        for (int i = 0; i < pageSize; i++) {
            all[(root - 1) * pageSize + i] = (byte) (0xA5 ^ i);
        }
        Files.write(file, all);
        db = Database.openReadOnly(file);
        List<Problem> found = new ArrayList<>();
        Throwable t = catchThrowable(() -> new Validator(db, 20).run(found::add));
        if (t == null) {
            assertThat(found).anySatisfy(p -> assertThat(p.record()).isEqualTo("file"));
        } else {
            assertThat(t)
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("damaged");
            assertThat(found.isEmpty() || found.get(0).record().equals("file")).isTrue();
        }
    }
}
