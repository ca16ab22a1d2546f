package org.allianceexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.allianceexplorer.data.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} on the command line: a database that {@code check} passes, same seed same rows. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    /** Exit code, standard output, standard error. */
    private static CliTest.Result run(String... args) {
        return CliTest.run(args);
    }

    @Test
    void generatesADatabaseThatPassesCheck() {
        String f = dir.resolve("gen.sqlite").toString();

        CliTest.Result gen = run("generate", "--out", f, "--parties", "20", "--deals", "300", "--seed", "3");
        assertThat(gen.code()).as(gen.err()).isZero();
        assertThat(gen.out()).contains("20 parties").contains("300 deals");
        assertThat(gen.err()).isEmpty();

        CliTest.Result check = run("check", "--db", f);
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(check.out()).contains("passes every check");
    }

    @Test
    void manyElectionsWithExactlyTheCandidaciesAskedPassCheck() throws Exception {
        String f = dir.resolve("results.sqlite").toString();
        CliTest.Result gen = run(
                "generate",
                "--out",
                f,
                "--parties",
                "30",
                "--deals",
                "500",
                "--elections",
                "120",
                "--candidacies",
                "100003",
                "--seed",
                "5");
        assertThat(gen.code()).as(gen.err()).isZero();
        assertThat(gen.out()).contains("120 elections").contains("100,003 candidacies");
        try (var db = Database.openReadOnly(Path.of(f));
                var st = db.connection().createStatement()) {
            var rs = st.executeQuery("SELECT (SELECT count(*) FROM candidacy), (SELECT count(*) FROM election),"
                    + " (SELECT count(DISTINCT election_id) FROM candidacy), (SELECT min(polling_day) FROM election),"
                    + " (SELECT max(polling_day) FROM election), (SELECT count(*) FROM source)");
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(100_003);
            assertThat(rs.getLong(2)).isEqualTo(120);
            // shared evenly: every election has results (833 or 834 candidacies each)
            assertThat(rs.getLong(3)).isEqualTo(120);
            assertThat(rs.getString(4)).startsWith("1951");
            assertThat(rs.getString(5)).startsWith("2024");
            assertThat(rs.getLong(6)).isGreaterThanOrEqualTo(120);
        }
        CliTest.Result check = run("check", "--db", f);
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(check.out()).contains("passes every check");
    }

    @Test
    void impossibleSizesAreOneLineErrors() {
        CliTest.Result elections = run(
                "generate",
                "--out",
                dir.resolve("e.sqlite").toString(),
                "--parties",
                "5",
                "--deals",
                "10",
                "--elections",
                "0");
        assertThat(elections.code()).isEqualTo(Cli.USAGE);
        assertThat(elections.err()).contains("elections must be from 1 to 1000").doesNotContain("Exception");
        CliTest.Result too = run(
                "generate",
                "--out",
                dir.resolve("c.sqlite").toString(),
                "--parties",
                "2",
                "--deals",
                "10",
                "--elections",
                "1",
                "--candidacies",
                "200000");
        assertThat(too.code()).isEqualTo(Cli.USAGE);
        assertThat(too.err()).contains("do not fit");
        assertThat(dir.resolve("c.sqlite")).doesNotExist();
        assertThat(dir.resolve("e.sqlite")).doesNotExist();
    }

    @Test
    void theSameSeedListsTheSameDeals() {
        String a = dir.resolve("a.sqlite").toString();
        String b = dir.resolve("b.sqlite").toString();
        String c = dir.resolve("c.sqlite").toString();
        assertThat(run("generate", "--out", a, "--parties", "20", "--deals", "300", "--seed", "3")
                        .code())
                .isZero();
        assertThat(run("generate", "--out", b, "--parties", "20", "--deals", "300", "--seed", "3")
                        .code())
                .isZero();
        assertThat(run("generate", "--out", c, "--parties", "20", "--deals", "300", "--seed", "4")
                        .code())
                .isZero();

        CliTest.Result listA = run("list", "deals", "--db", a, "--format", "csv");
        CliTest.Result listB = run("list", "deals", "--db", b, "--format", "csv");
        CliTest.Result listC = run("list", "deals", "--db", c, "--format", "csv");
        assertThat(listA.code()).isZero();
        assertThat(listA.out().lines().count()).isEqualTo(301);
        assertThat(listB.out()).isEqualTo(listA.out());
        assertThat(listC.out()).isNotEqualTo(listA.out());
    }

    @Test
    void refusesAnExistingFileWithOneLine() throws Exception {
        Path f = dir.resolve("keep.sqlite");
        Files.writeString(f, "precious", StandardCharsets.UTF_8);

        CliTest.Result r = run("generate", "--out", f.toString(), "--parties", "20", "--deals", "10");

        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err())
                .contains("already exists")
                .doesNotContain("Exception")
                .hasLineCount(1);
        assertThat(Files.readString(f, StandardCharsets.UTF_8)).isEqualTo("precious");
    }

    @Test
    void refusesABadSizeWithOneLine() {
        Path f = dir.resolve("x.sqlite");

        CliTest.Result r = run("generate", "--out", f.toString(), "--parties", "1", "--deals", "10");

        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("parties").doesNotContain("Exception").hasLineCount(1);
        assertThat(Files.exists(f)).isFalse();
    }
}
