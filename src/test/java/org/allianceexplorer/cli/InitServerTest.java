package org.allianceexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DatabaseException;
import org.allianceexplorer.data.EditRepository;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.TeamServer;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * {@code init-server} (issue 17): the schema and two roles whose rights the server itself enforces. A reader reads
 * and cannot write, not even by hand; an editor edits through the application; nobody but the owner moves the
 * schema's version.
 */
class InitServerTest {

    private static final String PID = Long.toString(ProcessHandle.current().pid());

    private static String run(int expected, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isEqualTo(expected);
        return expected == 0 ? out.toString() : err.toString();
    }

    @Test
    void readersReadAndEditorsEditByTheServersGrants() throws Exception {
        ServerAddress admin = TestServer.address().withDatabase("ae_team_" + PID);
        TestServer.admin("DROP DATABASE IF EXISTS " + admin.database());
        TestServer.admin("CREATE DATABASE " + admin.database());
        TeamServer.Roles roles = TeamServer.Roles.of(admin);
        assertThat(roles.readers()).isEqualTo("ae_team_" + PID + "_readers");

        String said = run(0, "init-server", "--db", admin.toString());
        assertThat(said).contains(roles.readers()).contains(roles.editors());

        String reader = "reader_" + PID;
        String editor = "editor_" + PID;
        TestServer.admin("DROP ROLE IF EXISTS " + reader);
        TestServer.admin("DROP ROLE IF EXISTS " + editor);
        TestServer.admin("CREATE ROLE " + reader + " LOGIN PASSWORD 'r-pw' IN ROLE " + roles.readers());
        TestServer.admin("CREATE ROLE " + editor + " LOGIN PASSWORD 'e-pw' IN ROLE " + roles.editors());
        ServerAddress asReader = new ServerAddress(reader, admin.host(), admin.port(), admin.database(), null);
        ServerAddress asEditor = new ServerAddress(editor, admin.host(), admin.port(), admin.database(), null);

        // an editor adds a source and a party citing it, through the application's edits
        try (Database db = Database.openServer(asEditor, "e-pw".toCharArray(), false)) {
            assertThat(TeamServer.mayEdit(db)).isTrue();
            EditRepository edits = Editing.of(db, Clock.systemUTC()).edits();
            edits.add(
                    EditKind.PARTY,
                    Map.of("abbreviation", "TEAM", "name", "Team Party"),
                    new Cite.NewSource("Dawn", "Seat talks", null, null, null),
                    "ayesha");
            java.util.List<String> editors = new java.util.ArrayList<>();
            Repositories.of(db).history().forEachHistory(h -> editors.add(h.editor()));
            assertThat(editors)
                    .as("the history names the database user")
                    .isNotEmpty()
                    .containsOnly(editor);
            try (Statement st = db.connection().createStatement()) {
                assertThatThrownBy(() -> st.executeUpdate("UPDATE ae_schema SET version = 99"))
                        .hasMessageContaining("permission denied");
            }
        }

        // a reader sees it, and the server refuses every write, even on a connection not opened read-only
        try (Database db = Database.openServer(asReader, "r-pw".toCharArray(), false)) {
            assertThat(TeamServer.mayEdit(db)).isFalse();
            assertThat(Repositories.of(db).parties().parties(RecordFilter.ALL))
                    .extracting(p -> p.abbreviation())
                    .containsExactly("TEAM");
            try (Statement st = db.connection().createStatement()) {
                assertThatThrownBy(() -> st.executeUpdate("DELETE FROM citation"))
                        .hasMessageContaining("permission denied");
            }
            EditRepository edits = Editing.of(db, Clock.systemUTC()).edits();
            assertThatThrownBy(() -> edits.add(
                            EditKind.PARTY,
                            Map.of("abbreviation", "NOPE", "name", "Nope"),
                            new Cite.NewSource("Dawn", "Other", null, null, null),
                            "r"))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("may not do this");
        }

        // a second run keeps the schema and the records, and grants again
        run(0, "init-server", "--db", admin.toString());
        try (Database db = Database.openServer(asReader, "r-pw".toCharArray(), true)) {
            assertThat(Repositories.of(db).parties().parties(RecordFilter.ALL))
                    .extracting(p -> p.abbreviation())
                    .containsExactly("TEAM");
        }
        TestServer.admin("DROP DATABASE " + admin.database() + " WITH (FORCE)");
        TestServer.admin("DROP ROLE " + reader);
        TestServer.admin("DROP ROLE " + editor);
    }

    @Test
    void aDatabaseFilledByCopyGetsItsRolesAndADatabaseNotOursIsRefused() throws Exception {
        ServerAddress admin = TestServer.address().withDatabase("ae_copied_" + PID);
        TestServer.admin("DROP DATABASE IF EXISTS " + admin.database());
        TestServer.admin("CREATE DATABASE " + admin.database());
        run(
                0,
                "copy",
                "--from",
                org.allianceexplorer.data.edit.EditFixture.bundledFile().toString(),
                "--to",
                admin.toString());
        run(0, "init-server", "--db", admin.toString());
        String reader = "copyreader_" + PID;
        TestServer.admin("DROP ROLE IF EXISTS " + reader);
        TestServer.admin("CREATE ROLE " + reader + " LOGIN PASSWORD 'r-pw' IN ROLE "
                + TeamServer.Roles.of(admin).readers());
        try (Database db = Database.openServer(
                new ServerAddress(reader, admin.host(), admin.port(), admin.database(), null),
                "r-pw".toCharArray(),
                true)) {
            assertThat(Repositories.of(db).parties().parties(RecordFilter.ALL)).hasSizeGreaterThan(10);
        }
        TestServer.admin("DROP DATABASE " + admin.database() + " WITH (FORCE)");
        TestServer.admin("DROP ROLE " + reader);

        ServerAddress foreign = TestServer.address().withDatabase("ae_foreign_" + PID);
        TestServer.admin("DROP DATABASE IF EXISTS " + foreign.database());
        TestServer.admin("CREATE DATABASE " + foreign.database());
        try (var c = TestServer.connect(foreign);
                var st = c.createStatement()) {
            st.execute("CREATE TABLE customers (id int)");
        }
        assertThat(run(2, "init-server", "--db", foreign.toString())).contains("unknown schema");
        TestServer.admin("DROP DATABASE " + foreign.database() + " WITH (FORCE)");
    }

    @Test
    void badRoleNamesAndFilesAreRefusedInOneLine() {
        assertThat(run(2, "init-server", "--db", "team.sqlite")).contains("--db must be a server's database");
        assertThat(run(2, "init-server", "--db", "postgresql://u@127.0.0.1:1/x", "--readers", "Robert'); DROP"))
                .contains("a role's name must be");
    }
}
