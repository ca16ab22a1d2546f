package org.allianceexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --into postgresql://…} (issue 17: the same command line on a team database): a dataset folder goes
 * into the server in one transaction, as into a file (its dump afterwards is the folder's); a folder with a bad row
 * writes nothing and names the row; {@code import-results}, which writes files only, says so.
 */
class ImportIntoServerTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }

    /** A new team database with the schema and no records. */
    private static ServerAddress emptyTeamDatabase() {
        try (Database db = TestServer.newDatabase()) {
            return db.server();
        }
    }

    private static long parties(ServerAddress a) throws Exception {
        try (Connection c = TestServer.connect(a);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM party")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aDatasetFolderGoesIntoATeamDatabaseWhole() throws Exception {
        Path folder = dir.resolve("dataset");
        Run dump = cli("dump", "--db", EditFixture.bundledFile().toString(), "--out", folder.toString());
        assertThat(dump.code()).as(dump.err()).isZero();
        ServerAddress a = emptyTeamDatabase();

        Run in = cli("import", "--from", folder.toString(), "--into", a.toString());
        assertThat(in.code()).as(in.err()).isZero();
        assertThat(in.out()).contains("imported " + folder + " into " + a);

        Path back = dir.resolve("back");
        Run again = cli("dump", "--db", a.toString(), "--out", back.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(files(back)).isEqualTo(files(folder));
    }

    @Test
    void aBadRowWritesNothingAndIsNamed() throws Exception {
        Path folder = dir.resolve("dataset");
        assertThat(cli("dump", "--db", EditFixture.bundledFile().toString(), "--out", folder.toString())
                        .code())
                .isZero();
        Path deals = Files.walk(folder)
                .filter(p -> p.getFileName().toString().equals("parties.csv"))
                .findFirst()
                .orElseThrow();
        Files.writeString(
                deals,
                "NEWX,New Party X,,#GGGGGG,,,,PAK,'; DROP TABLE party; --\n",
                java.nio.file.StandardOpenOption.APPEND);
        ServerAddress a = emptyTeamDatabase();

        Run in = cli("import", "--from", folder.toString(), "--into", a.toString());
        assertThat(in.code()).isEqualTo(2);
        assertThat(in.err()).contains("parties.csv").contains("line ");
        assertThat(in.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(parties(a)).as("nothing written").isZero();
    }

    @Test
    void importResultsWritesFilesOnlyAndSaysHowToReachAServer() throws Exception {
        ServerAddress a = emptyTeamDatabase();
        Path csv = Files.writeString(dir.resolve("r.csv"), "constituency,candidate,party,votes\nNA-1,A,X,10\n");
        Run in = cli(
                "import-results",
                "--from",
                csv.toString(),
                "--into",
                a.toString(),
                "--election",
                "pk-2024",
                "--assembly",
                "NA",
                "--source-outlet",
                "ECP",
                "--source-url",
                "https://ecp.gov.pk/");
        assertThat(in.code()).isEqualTo(2);
        assertThat(in.err().strip())
                .contains("writes files only")
                .contains("copy --from FILE --to " + a)
                .doesNotContain("\n");
        assertThat(parties(a)).isZero();
    }
}
