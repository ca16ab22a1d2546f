package org.allianceexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.allianceexplorer.cli.CliTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-results on the command line: exit codes, the one-line summary, the alias file, --help. */
class ImportResultsCliTest {

    @TempDir
    Path dir;

    @Test
    void unknownLabelsExitTwoWithOneSummaryLineAndAnAliasFile() throws Exception {
        Path db = dir.resolve("my.sqlite");
        assertThat(CliTest.run("new", "--out", db.toString()).code()).isZero();
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, "seat,candidate,party,votes\nS1,Ann,AAA,3\nS1,Bob,BBB,2\n");
        byte[] before = Files.readAllBytes(db);
        Path aliases = dir.resolve("aliases.csv");
        Result r = CliTest.run(
                "import-results",
                "--from",
                csv.toString(),
                "--into",
                db.toString(),
                "--election",
                "e1",
                "--election-name",
                "E",
                "--assembly",
                "A1",
                "--source-outlet",
                "Commission",
                "--source-url",
                "https://example.org",
                "--aliases-out",
                aliases.toString());
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.errLines())
                .last()
                .asString()
                .isEqualTo("alliance-explorer: refused: 2 problems (2 unknown party labels); nothing was written");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(Files.readString(aliases)).isEqualTo("label,count,party\nAAA,1,\nBBB,1,\n");

        Result kept = CliTest.run(
                "import-results",
                "--from",
                csv.toString(),
                "--into",
                db.toString(),
                "--election",
                "e1",
                "--election-name",
                "E",
                "--assembly",
                "A1",
                "--source-outlet",
                "Commission",
                "--keep-unknown-labels");
        assertThat(kept.code()).as(kept.err()).isZero();
        assertThat(kept.out()).contains("2 results added, 0 already there; 1 seats added");
        assertThat(CliTest.run("check", "--db", db.toString()).code()).isZero();
    }

    @Test
    void helpNamesEveryOption() {
        Result r = CliTest.run("import-results", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains(
                        "--from",
                        "--into",
                        "--out",
                        "--election",
                        "--election-name",
                        "--polling-day",
                        "--country",
                        "--assembly",
                        "--map",
                        "--source-url",
                        "--source-outlet",
                        "--aliases",
                        "--aliases-out",
                        "--keep-unknown-labels");
        assertThat(CliTest.run("--help").out()).contains("import-results");
    }
}
