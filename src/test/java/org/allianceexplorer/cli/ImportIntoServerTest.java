package org.allianceexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.testing.CsvFiles;
import org.allianceexplorer.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --into postgresql://…} (issue 17: the same command line on a team database): a dataset folder goes
 * into the server in one transaction, as into a file (its dump afterwards is the folder's); a folder with a bad row
 * writes nothing and names the row; {@code import-results} likewise, and the same results file dumps the same from a
 * file and from a team database.
 */
class ImportIntoServerTest {

    @TempDir
    Path dir;

    private static CliTest.Result cli(String... args) {
        return CliTest.run(args);
    }

    /** A new team database with the schema and no records. */
    private static ServerAddress emptyTeamDatabase() {
        try (Database db = TestServer.newDatabase()) {
            return db.server();
        }
    }

    private static long count(ServerAddress a, String table) throws Exception {
        try (Connection c = TestServer.connect(a);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * {@code import-results --from csv --into DB ARGS} into each database, each then dumped: the dumps by database
     * (without the manifest, which names the database).
     */
    private Map<String, Map<String, String>> importedAndDumped(Path csv, String[] databases, String... args)
            throws Exception {
        Map<String, Map<String, String>> dumps = new TreeMap<>();
        for (String into : databases) {
            String[] all = new String[args.length + 5];
            System.arraycopy(new String[] {"import-results", "--from", csv.toString(), "--into", into}, 0, all, 0, 5);
            System.arraycopy(args, 0, all, 5, args.length);
            CliTest.Result in = cli(all);
            assertThat(in.code()).as(in.err()).isZero();
            Path out = dir.resolve("dump-" + dumps.size());
            CliTest.Result dump = cli("dump", "--db", into, "--out", out.toString());
            assertThat(dump.code()).as(dump.err()).isZero();
            Map<String, String> files = CsvFiles.contents(out);
            files.remove("manifest.csv");
            dumps.put(into, files);
        }
        return dumps;
    }

    @Test
    void aDatasetFolderGoesIntoATeamDatabaseWhole() throws Exception {
        Path folder = dir.resolve("dataset");
        CliTest.Result dump = cli("dump", "--db", EditFixture.bundledFile().toString(), "--out", folder.toString());
        assertThat(dump.code()).as(dump.err()).isZero();
        ServerAddress a = emptyTeamDatabase();

        CliTest.Result in = cli("import", "--from", folder.toString(), "--into", a.toString());
        assertThat(in.code()).as(in.err()).isZero();
        assertThat(in.out()).contains("imported " + folder + " into " + a);

        Path back = dir.resolve("back");
        CliTest.Result again = cli("dump", "--db", a.toString(), "--out", back.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(CsvFiles.contents(back)).isEqualTo(CsvFiles.contents(folder));
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

        CliTest.Result in = cli("import", "--from", folder.toString(), "--into", a.toString());
        assertThat(in.code()).isEqualTo(2);
        assertThat(in.err()).contains("parties.csv").contains("line ");
        assertThat(in.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(count(a, "party")).as("nothing written").isZero();
    }

    @Test
    void resultsGoIntoATeamDatabaseOrNothingDoes() throws Exception {
        ServerAddress a = emptyTeamDatabase();
        Path csv = Files.writeString(dir.resolve("r.csv"), "seat,candidate,party,votes\nS1,Ann,AAA,3\nS1,Bob,BBB,2\n");
        String[] args = {
            "import-results",
            "--from",
            csv.toString(),
            "--into",
            a.toString(),
            "--election",
            "e1",
            "--election-name",
            "E",
            "--assembly",
            "A1",
            "--source-outlet",
            "Commission",
            "--source-url",
            "https://example.org"
        };
        CliTest.Result refused = cli(args);
        assertThat(refused.code()).as(refused.err()).isEqualTo(2);
        assertThat(refused.errLines())
                .last()
                .asString()
                .isEqualTo("alliance-explorer: refused: 2 problems (2 unknown party labels); nothing was written");
        assertThat(count(a, "election")).as("nothing written").isZero();

        String[] keeping = java.util.Arrays.copyOf(args, args.length + 1);
        keeping[args.length] = "--keep-unknown-labels";
        CliTest.Result kept = cli(keeping);
        assertThat(kept.code()).as(kept.err()).isZero();
        assertThat(kept.out()).contains("2 results added, 0 already there; 1 seats added");
        assertThat(count(a, "candidacy")).isEqualTo(2);
        CliTest.Result check = cli("check", "--db", a.toString());
        assertThat(check.code()).as(check.out() + check.err()).isZero();
    }

    @Test
    void theSameResultsIntoAFileAndIntoATeamDatabaseDumpTheSame() throws Exception {
        StringBuilder rows = new StringBuilder("seat,candidate,party,votes\n");
        String[] parties = {"AAA", "BBB", "CCC", "Ind"};
        for (int seat = 1; seat <= 40; seat++) {
            for (int p = 0; p < parties.length; p++) {
                // a tie for first place in every seventh seat: both ranked 1, as the file gives no rank
                int votes = seat % 7 == 0 && p < 2 ? 500 : 1000 - 100 * p + seat;
                rows.append("S")
                        .append(seat)
                        .append(",Candidate ")
                        .append(seat)
                        .append('-')
                        .append(p)
                        .append(",")
                        .append(parties[p])
                        .append(',')
                        .append(votes)
                        .append('\n');
            }
        }
        Path csv = Files.writeString(dir.resolve("many.csv"), rows);
        Path file = dir.resolve("mine.sqlite");
        assertThat(cli("new", "--out", file.toString(), "--name", "Same").code())
                .isZero();
        ServerAddress a = emptyTeamDatabase();
        assertThat(cli("new", "--out", dir.resolve("unused.sqlite").toString()).code())
                .isZero();
        Map<String, Map<String, String>> dumps = importedAndDumped(
                csv,
                new String[] {file.toString(), a.toString()},
                "--election",
                "e1",
                "--election-name",
                "E",
                "--polling-day",
                "2024-02-08",
                "--assembly",
                "A1",
                "--source-outlet",
                "Commission",
                "--source-url",
                "https://example.org/results",
                "--keep-unknown-labels");
        assertThat(dumps.get(file.toString()).get("candidacies.csv")).contains("Candidate 40-3");
        assertThat(dumps.get(a.toString())).isEqualTo(dumps.get(file.toString()));
    }

    @Test
    void resultsAddedToAnElectionAlreadyThereDumpTheSameFromAFileAndATeamDatabase() throws Exception {
        StringBuilder rows = new StringBuilder("seat,candidate,party,votes\n");
        String[] parties = {"PPP", "MQM-P", "ANP", "PML-N"};
        for (int seat = 1; seat <= 12; seat++) {
            for (int p = 0; p < parties.length; p++) {
                // ties for first place in every fourth seat: no winner marked there
                int votes = seat % 4 == 0 && p < 2 ? 700 : 900 - 100 * p + seat;
                rows.append("TEAM-")
                        .append(seat)
                        .append(",Candidate ")
                        .append(seat)
                        .append('-')
                        .append(p)
                        .append(',')
                        .append(parties[p])
                        .append(',')
                        .append(votes)
                        .append('\n');
            }
        }
        Path csv = Files.writeString(dir.resolve("more.csv"), rows);
        Path file = EditFixture.copy(dir.resolve("karachi.sqlite"));
        ServerAddress a = TestServer.newCopy(EditFixture.bundledFile());
        Map<String, Map<String, String>> dumps = importedAndDumped(
                csv,
                new String[] {file.toString(), a.toString()},
                "--election",
                "pk-2024",
                "--assembly",
                "NA",
                "--source-outlet",
                "Test outlet",
                "--source-url",
                "https://example.org/more");
        assertThat(dumps.get(file.toString()).get("candidacies.csv")).contains("Candidate 12-3");
        assertThat(dumps.get(a.toString())).isEqualTo(dumps.get(file.toString()));
    }
}
