package org.allianceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration mechanism: splitting scripts, running them in one transaction, and the version marks. */
class MigrationsTest {

    @TempDir
    Path dir;

    private Connection connect(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(name));
    }

    private static int pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> objects(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    // --- statements() -----------------------------------------------------------------------------

    @Test
    void splitsAtSemicolonsThatEndALine() {
        String script =
                "CREATE TABLE a (x);\nCREATE TABLE b (\n    y INTEGER,\n    z TEXT\n);\nCREATE INDEX b_y ON b (y);\n";
        assertThat(Migrations.statements(script))
                .containsExactly(
                        "CREATE TABLE a (x);",
                        "CREATE TABLE b (\n    y INTEGER,\n    z TEXT\n);",
                        "CREATE INDEX b_y ON b (y);");
    }

    @Test
    void dropsCommentLinesAndBlankLines() {
        String script =
                "-- header comment\n\n   -- indented comment\nCREATE TABLE a (\n-- inside\n    x INTEGER\n);\n\n-- trailer\n";
        List<String> out = Migrations.statements(script);
        assertThat(out).containsExactly("CREATE TABLE a (\n    x INTEGER\n);");
        assertThat(out.get(0)).doesNotContain("--");
    }

    @Test
    void semicolonInsideALineDoesNotSplit() {
        String script = "INSERT INTO t VALUES ('a;b');\nCREATE TABLE u (x TEXT DEFAULT ';');\n";
        assertThat(Migrations.statements(script))
                .containsExactly("INSERT INTO t VALUES ('a;b');", "CREATE TABLE u (x TEXT DEFAULT ';');");
    }

    @Test
    void lastStatementWithoutSemicolonIsKept() {
        assertThat(Migrations.statements("CREATE TABLE a (x);\nCREATE TABLE b (y)"))
                .containsExactly("CREATE TABLE a (x);", "CREATE TABLE b (y)");
    }

    @Test
    void windowsLineEndingsSplitTheSame() {
        assertThat(Migrations.statements("CREATE TABLE a (x);\r\nCREATE TABLE b (y);\r\n"))
                .containsExactly("CREATE TABLE a (x);", "CREATE TABLE b (y);");
    }

    @Test
    void emptyOrCommentOnlyScriptHasNoStatements() {
        assertThat(Migrations.statements("")).isEmpty();
        assertThat(Migrations.statements("-- nothing\n\n-- here\n")).isEmpty();
    }

    @Test
    void standardScriptSplitsIntoCreateStatements() throws IOException {
        assertThat(Migrations.standard().latest()).isEqualTo(6);
        String v1;
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/V001__core.sql")) {
            assertThat(in).isNotNull();
            v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> statements = Migrations.statements(v1);
        assertThat(statements).allSatisfy(s -> {
            assertThat(s).startsWith("CREATE ").endsWith(";");
            assertThat(s).doesNotContain("\n--");
        });
        // version 2 adds one table (meta), version 3 one (party_result), version 4 two (edit, history), version 5
        // one (seat_count); every other table of Database.TABLES is made by version 1 (version 6 adds the deals' state
        // kept ready, derived data outside Database.TABLES)
        assertThat(statements.stream().filter(s -> s.startsWith("CREATE TABLE")))
                .hasSize(Database.TABLES.size() - 5);
    }

    @Test
    void versionTwoAddsTheMetaTableAndAKeyToEveryKindThatHadNone() throws SQLException {
        try (Connection c = connect("v2.sqlite")) {
            Migrations.standard().migrate(c, 0);
            assertThat(objects(c))
                    .contains(
                            "meta",
                            "affiliation_code",
                            "candidacy_code",
                            "membership_code",
                            "deal_claim_code",
                            "party_relation_code");
            for (String t : List.of("affiliation", "candidacy", "membership", "deal_claim", "party_relation")) {
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery(
                                "SELECT count(*) FROM pragma_table_info('" + t + "') WHERE name = 'code'")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as(t + ".code").isEqualTo(1);
                }
            }
        }
    }

    @Test
    void aVersionOneDatabaseMigratesToTwoKeepingItsRows() throws SQLException {
        try (Connection c = connect("v1to2.sqlite")) {
            Migrations all = Migrations.standard();
            Migrations.of(List.of(v1Text())).migrate(c, 0);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO party (abbreviation, name) VALUES ('A', 'Alpha'), ('B', 'Beta')");
                st.executeUpdate("INSERT INTO party_relation (party_a, party_b, kind) VALUES (1, 2, 'rivalry')");
            }
            all.migrate(c, 1);
            assertThat(pragma(c, "user_version")).isEqualTo(6);
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT kind, code FROM party_relation")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("rivalry");
                assertThat(rs.getString(2)).as("no key yet: a dump derives one").isNull();
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate(
                        "INSERT INTO party_relation (party_a, party_b, kind, code) VALUES (2, 1, 'rivalry', 'k')");
                assertThatThrownBy(
                                () -> st.executeUpdate(
                                        "INSERT INTO party_relation (party_a, party_b, kind, code) VALUES (1, 2, 'cooperation', 'k')"))
                        .as("keys are unique")
                        .isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void versionThreeAddsPartyResultsAndKeepsEveryCitation() throws Exception {
        try (Connection c = connect("v2to3.sqlite")) {
            Migrations.of(List.of(v1Text(), scriptText("V002__keys_and_meta.sql")))
                    .migrate(c, 0);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO source (code, outlet, title) VALUES ('s', 'Outlet', 'Title')");
                st.executeUpdate("INSERT INTO party (abbreviation, name) VALUES ('A', 'Alpha')");
                st.executeUpdate("INSERT INTO election (code, name) VALUES ('e', 'Election')");
                st.executeUpdate("INSERT INTO assembly (code, name) VALUES ('NA', 'National Assembly')");
                st.executeUpdate("INSERT INTO citation VALUES ('party', 1, 1), ('election', 1, 1)");
                assertThatThrownBy(() -> st.executeUpdate("INSERT INTO citation VALUES ('party_result', 1, 1)"))
                        .as("schema 2 knows no party results")
                        .isInstanceOf(SQLException.class);
            }
            Migrations.standard().migrate(c, 2);
            assertThat(pragma(c, "user_version")).isEqualTo(6);
            try (Statement st = c.createStatement()) {
                st.executeUpdate(
                        "INSERT INTO party_result (code, election_id, assembly_id, party_id, votes, vote_share,"
                                + " seats) VALUES ('r', 1, 1, 1, 100, 24.27, NULL)");
                st.executeUpdate("INSERT INTO citation VALUES ('party_result', 1, 1)");
                try (ResultSet rs = st.executeQuery(
                        "SELECT group_concat(record_kind, ',') FROM (SELECT record_kind FROM citation ORDER BY 1)")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("election,party,party_result");
                }
                assertThatThrownBy(() -> st.executeUpdate("INSERT INTO party_result (code, election_id, assembly_id,"
                                + " party_id, vote_share) VALUES ('x', 1, 1, 1, 100.5)"))
                        .as("a share is a percentage")
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> st.executeUpdate("INSERT INTO citation VALUES ('nonsense', 1, 1)"))
                        .isInstanceOf(SQLException.class);
            }
            assertThat(objects(c)).contains("citation_source", "party_result_election", "party_result_party");
        }
    }

    @Test
    void versionFiveAddsOfficialCountsAndKeepsEveryCitation() throws Exception {
        try (Connection c = connect("v4to5.sqlite")) {
            Migrations.of(List.of(
                            v1Text(),
                            scriptText("V002__keys_and_meta.sql"),
                            scriptText("V003__party_results.sql"),
                            scriptText("V004__history.sql")))
                    .migrate(c, 0);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO source (code, outlet, title) VALUES ('s', 'Outlet', 'Title')");
                st.executeUpdate("INSERT INTO party (abbreviation, name) VALUES ('A', 'Alpha')");
                st.executeUpdate("INSERT INTO election (code, name) VALUES ('e', 'Election')");
                st.executeUpdate("INSERT INTO assembly (code, name) VALUES ('NA', 'National Assembly')");
                st.executeUpdate("INSERT INTO constituency (code, assembly_id) VALUES ('NA-1', 1)");
                st.executeUpdate("INSERT INTO candidacy (election_id, constituency_id, candidate_name, votes, rank,"
                        + " elected) VALUES (1, 1, 'X', 10, 1, 1)");
                st.executeUpdate("INSERT INTO citation VALUES ('party', 1, 1), ('candidacy', 1, 1)");
                assertThatThrownBy(() -> st.executeUpdate("INSERT INTO citation VALUES ('seat_count', 1, 1)"))
                        .as("schema 4 knows no official counts")
                        .isInstanceOf(SQLException.class);
            }
            Migrations.standard().migrate(c, 4);
            assertThat(pragma(c, "user_version")).isEqualTo(6);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO seat_count (code, election_id, constituency_id, basis, winner_votes,"
                        + " winner_id, turnout) VALUES ('count/e/NA-1', 1, 1, 'Form-47', 11, 1, 43.71)");
                st.executeUpdate("INSERT INTO citation VALUES ('seat_count', 1, 1)");
                try (ResultSet rs = st.executeQuery(
                        "SELECT group_concat(record_kind, ',') FROM (SELECT record_kind FROM citation ORDER BY 1)")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("candidacy,party,seat_count");
                }
                assertThatThrownBy(() -> st.executeUpdate("INSERT INTO seat_count (code, election_id, constituency_id,"
                                + " basis) VALUES ('other', 1, 1, 'Form-47')"))
                        .as("one official count per seat and election")
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> st.executeUpdate("INSERT INTO seat_count (code, election_id, constituency_id,"
                                + " basis, turnout) VALUES ('t', 1, 1, 'Form-47', 143)"))
                        .as("turnout is a percentage")
                        .isInstanceOf(SQLException.class);
            }
            assertThat(objects(c)).contains("citation_source", "seat_count_winner", "seat_count_runner_up");
        }
    }

    private static String scriptText(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String v1Text() {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/V001__core.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- migrate() --------------------------------------------------------------------------------

    @Test
    void standardMigrationFromZeroSetsVersionApplicationIdAndAllTables() throws SQLException {
        try (Connection c = connect("new.sqlite")) {
            Migrations m = Migrations.standard();
            m.migrate(c, 0);
            assertThat(pragma(c, "user_version")).isEqualTo(m.latest());
            assertThat(pragma(c, "application_id")).isEqualTo(Migrations.APPLICATION_ID);
            assertThat(objects(c)).containsAll(Database.TABLES);
            assertThat(c.getAutoCommit()).as("auto-commit restored").isTrue();
        }
    }

    @Test
    void stepwiseMigrationRunsOnlyTheMissingSteps() throws SQLException {
        String v1 = "CREATE TABLE a (x);\n";
        String v2 = "CREATE TABLE b (y);\nINSERT INTO a (x) VALUES (2);\n";
        String v3 = "CREATE TABLE c (z);\n";
        try (Connection c = connect("steps.sqlite")) {
            Migrations.of(List.of(v1)).migrate(c, 0);
            assertThat(pragma(c, "user_version")).isEqualTo(1);
            assertThat(objects(c)).containsExactly("a");
            Migrations.of(List.of(v1, v2, v3)).migrate(c, 1);
            assertThat(pragma(c, "user_version")).isEqualTo(3);
            assertThat(pragma(c, "application_id")).isEqualTo(Migrations.APPLICATION_ID);
            assertThat(objects(c)).containsExactly("a", "b", "c");
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM a")) {
                rs.next();
                assertThat(rs.getInt(1)).as("v2's insert ran once").isEqualTo(1);
            }
        }
    }

    @Test
    void statementFollowedByATrailingCommentStillRuns() throws SQLException {
        try (Connection c = connect("trailing.sqlite")) {
            Migrations.of(List.of("CREATE TABLE x (a); -- first\nCREATE TABLE y (b);\n"))
                    .migrate(c, 0);
            assertThat(objects(c)).containsExactly("x", "y");
        }
    }

    @Test
    void failingMigrationRollsBackCompletely() throws SQLException {
        String v1 = "CREATE TABLE a (x);\n";
        String v2 = "CREATE TABLE b (y);\nCREATE INDEX b_y ON b (y);\nINSERT INTO a (x) VALUES (1);\n";
        String v3 = "CREATE TABLE c (z);\nTHIS IS NOT SQL;\nCREATE TABLE d (w);\n";
        try (Connection c = connect("fail.sqlite")) {
            Migrations.of(List.of(v1)).migrate(c, 0);
            assertThat(pragma(c, "user_version")).isEqualTo(1);
            assertThatThrownBy(() -> Migrations.of(List.of(v1, v2, v3)).migrate(c, 1))
                    .isInstanceOf(SQLException.class);
            assertThat(pragma(c, "user_version")).as("version unchanged").isEqualTo(1);
            assertThat(pragma(c, "application_id")).isEqualTo(Migrations.APPLICATION_ID);
            assertThat(objects(c)).as("no partial tables").containsExactly("a");
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM a")) {
                rs.next();
                assertThat(rs.getInt(1)).as("no partial rows").isZero();
            }
            assertThat(c.getAutoCommit()).as("auto-commit restored").isTrue();
        }
    }

    @Test
    void failingFirstMigrationLeavesAnUnmarkedEmptyDatabase() throws SQLException {
        try (Connection c = connect("fail0.sqlite")) {
            assertThatThrownBy(() -> Migrations.of(List.of("CREATE TABLE a (x);\nCREATE TABLE a (x);\n"))
                            .migrate(c, 0))
                    .isInstanceOf(SQLException.class);
            assertThat(pragma(c, "user_version")).isZero();
            assertThat(pragma(c, "application_id")).isZero();
            assertThat(objects(c)).isEmpty();
        }
    }

    @Test
    void migratingFromANewerVersionIsRefused() throws SQLException {
        try (Connection c = connect("newer.sqlite")) {
            assertThatThrownBy(() ->
                            Migrations.of(List.of("CREATE TABLE a (x);\n")).migrate(c, 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("newer");
            assertThat(objects(c)).isEmpty();
            assertThat(pragma(c, "user_version")).isZero();
        }
    }

    @Test
    void migratingAtLatestOnlyMarksTheFile() throws SQLException {
        try (Connection c = connect("latest.sqlite")) {
            Migrations m = Migrations.of(List.of("CREATE TABLE a (x);\n"));
            m.migrate(c, 0);
            m.migrate(c, 1);
            assertThat(objects(c)).containsExactly("a");
            assertThat(pragma(c, "user_version")).isEqualTo(1);
        }
    }
}
