package org.allianceexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.testing.CsvFiles;
import org.allianceexplorer.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code copy --from --to} between engines (issue 17, ADR 0018): a file to a server and back, losslessly (the dumps
 * of all three are identical, the edit history too), hostile text kept as text; refusals in one line.
 */
class CopyCommandTest {

    @TempDir
    Path dir;

    private static CliTest.Result cli(String... args) {
        return CliTest.run(args);
    }

    /** A new empty database on the test server. */
    private static ServerAddress emptyServerDatabase(String suffix) {
        ServerAddress a = TestServer.address()
                .withDatabase("ae_copy_" + ProcessHandle.current().pid() + "_" + suffix);
        TestServer.admin("DROP DATABASE IF EXISTS " + a.database());
        TestServer.admin("CREATE DATABASE " + a.database());
        return a;
    }

    /** How many tables the server's database has. */
    private static int tables(ServerAddress server) throws Exception {
        try (var c = TestServer.connect(server);
                var st = c.createStatement();
                var rs = st.executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> history(Database db) throws Exception {
        List<String> out = new ArrayList<>(EditFixture.rows(db.connection(), "SELECT * FROM edit ORDER BY id"));
        out.addAll(EditFixture.rows(db.connection(), "SELECT * FROM history ORDER BY id"));
        return out;
    }

    @Test
    void aFileCopiedToAServerAndBackDumpsIdenticallyWithItsHistoryAndHostileText() throws Exception {
        Path original = EditFixture.copy(dir.resolve("original.sqlite"));
        String hostile =
                "Quote ' \" `; DROP TABLE party; -- =cmd|' /C calc'!A0 \u202Eevil\u202C \u200F\u0645\u0631\u062D\u0628\u0627";
        try (Editing editing = EditFixture.open(original)) {
            long source = EditFixture.id(editing.database(), "SELECT min(id) FROM source");
            editing.edits()
                    .add(
                            EditKind.PARTY,
                            Map.of("abbreviation", "HOST'ILE", "name", hostile),
                            Cite.source(source),
                            "ayesha");
        }
        ServerAddress server = emptyServerDatabase("a");
        Path back = dir.resolve("back.sqlite");

        CliTest.Result up = cli("copy", "--from", original.toString(), "--to", server.toString());
        assertThat(up.code()).as(up.err()).isZero();
        assertThat(up.out()).contains("copied " + original + " to " + server);
        CliTest.Result down = cli("copy", "--from", server.toString(), "--to", back.toString());
        assertThat(down.code()).as(down.err()).isZero();

        Map<String, Map<String, String>> dumps = new TreeMap<>();
        for (String db : List.of(original.toString(), server.toString(), back.toString())) {
            Path out = dir.resolve("dump-" + dumps.size());
            CliTest.Result dump = cli("dump", "--db", db, "--out", out.toString());
            assertThat(dump.code()).as(dump.err()).isZero();
            dumps.put(db, CsvFiles.contents(out));
        }
        assertThat(dumps.get(original.toString())).isNotEmpty();
        assertThat(dumps.get(server.toString())).isEqualTo(dumps.get(original.toString()));
        assertThat(dumps.get(back.toString())).isEqualTo(dumps.get(original.toString()));

        try (Database a = Database.openReadOnly(original);
                Database b = Database.openServer(server, null, true);
                Database c = Database.openReadOnly(back)) {
            assertThat(history(a)).isNotEmpty();
            assertThat(history(b)).isEqualTo(history(a));
            assertThat(history(c)).isEqualTo(history(a));
            assertThat(EditFixture.text(b, "SELECT name FROM party WHERE abbreviation = ?", "HOST'ILE"))
                    .isEqualTo(hostile);
            assertThat(EditFixture.text(c, "SELECT name FROM party WHERE abbreviation = ?", "HOST'ILE"))
                    .isEqualTo(hostile);
            assertThat(EditFixture.content(c)).isEqualTo(EditFixture.content(a));
        }
    }

    @Test
    void aCopyNeverReplacesAFileOrFillsADatabaseThatHasTables() throws Exception {
        Path original = EditFixture.copy(dir.resolve("original.sqlite"));
        Path existing = Files.writeString(dir.resolve("existing.sqlite"), "mine");
        CliTest.Result onFile = cli("copy", "--from", original.toString(), "--to", existing.toString());
        assertThat(onFile.code()).isEqualTo(2);
        assertThat(onFile.err().strip()).contains("already exists").doesNotContain("\n");
        assertThat(Files.readString(existing)).isEqualTo("mine");

        ServerAddress server = emptyServerDatabase("b");
        assertThat(cli("copy", "--from", original.toString(), "--to", server.toString())
                        .code())
                .isZero();
        CliTest.Result again = cli("copy", "--from", original.toString(), "--to", server.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err().strip()).contains("already has tables").doesNotContain("\n");
    }

    @Test
    void aCopyThatFailsLeavesTheServerDatabaseEmpty() throws Exception {
        ServerAddress server = emptyServerDatabase("c");
        Path broken = EditFixture.copy(dir.resolve("broken.sqlite"));
        // a record the server's CHECK refuses though the file holds it (written with the file's checks off)
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + broken);
                var st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = ON");
            st.executeUpdate("UPDATE party SET colour = 'red' WHERE id = (SELECT max(id) FROM party)");
        }
        CliTest.Result copy = cli("copy", "--from", broken.toString(), "--to", server.toString());
        assertThat(copy.code()).isEqualTo(2);
        assertThat(copy.err().strip())
                .startsWith("alliance-explorer: " + server + ": refused a record (")
                .contains("party_colour_check")
                .doesNotContain("\n");
        assertThat(tables(server)).as("tables left behind").isZero();
    }

    @Test
    void aNulInAFilesTextIsNamedAndNothingIsCopied() throws Exception {
        ServerAddress server = emptyServerDatabase("d");
        Path file = EditFixture.copy(dir.resolve("nul.sqlite"));
        long id;
        // SQLite keeps a NUL inside text; a team database cannot, and our forms refuse it (ADR 0018)
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var st = c.createStatement()) {
            id = st.executeQuery("SELECT max(id) FROM party").getLong(1);
            try (var ps = c.prepareStatement("UPDATE party SET name = ? WHERE id = ?")) {
                ps.setString(1, "Before\0After");
                ps.setLong(2, id);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        }
        CliTest.Result copy = cli("copy", "--from", file.toString(), "--to", server.toString());
        assertThat(copy.code()).isEqualTo(2);
        assertThat(copy.err().strip())
                .contains("party " + id + ", name: contains a NUL character (U+0000)")
                .contains("nothing was copied")
                .doesNotContain("\n");
        assertThat(tables(server)).as("tables left behind").isZero();
    }
}
