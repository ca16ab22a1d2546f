package org.allianceexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.allianceexplorer.cli.CliTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** new, import and dump on the command line: exit codes, what goes to standard output and error, --help. */
class ImportDumpCliTest {

    @TempDir
    Path dir;

    private static Result run(String... args) {
        return CliTest.run(args);
    }

    private static void noStackTrace(Result r) {
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("\n\tat");
        assertThat(r.out()).doesNotContain("Exception");
    }

    private String s(Path p) {
        return p.toString();
    }

    @Test
    void newWritesAnEmptyNamedDatabaseThatPassesCheck() {
        Path db = dir.resolve("mine.sqlite");
        Result r = run("new", "--out", s(db), "--name", "Karachi seat deals 2024");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("an empty database named 'Karachi seat deals 2024'");
        Result check = run("check", "--db", s(db));
        assertThat(check.code()).isZero();
        Result again = run("new", "--out", s(db));
        assertThat(again.code()).isEqualTo(Cli.USAGE);
        assertThat(again.errLines()).singleElement().asString().contains("already exists");
        noStackTrace(again);
    }

    @Test
    void anImportIntoADatabaseIsInItsHistoryUnderTheEditorGiven() throws IOException {
        Path first = dir.resolve("first");
        assertThat(run("dump", "--out", s(first)).code()).isZero();
        List<String> parties = Files.readAllLines(first.resolve("parties.csv"), StandardCharsets.UTF_8);
        String ppp =
                parties.stream().filter(l -> l.startsWith("PPP,")).findFirst().orElseThrow();
        Path db = dir.resolve("mine.sqlite");
        assertThat(run("import", "--from", s(first), "--out", s(db)).code()).isZero();
        Files.write(
                first.resolve("parties.csv"),
                Stream.concat(parties.stream(), Stream.of(ppp.replaceFirst("^PPP,[^,]*,", "HST,History Test,")))
                        .toList(),
                StandardCharsets.UTF_8);

        Result into = run("import", "--from", s(first), "--into", s(db), "--editor", "Ayesha Siddiqa");
        assertThat(into.code()).as(into.err()).isZero();
        Result history = run("list", "history", "--db", s(db), "--format", "csv");
        assertThat(history.code()).as(history.err()).isZero();
        List<String> rows = history.out().lines().skip(1).toList();
        assertThat(rows)
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains(",Ayesha Siddiqa,").endsWith(",edit,Import first"));
        assertThat(rows).anySatisfy(l -> assertThat(l).contains(",party,HST,insert,name,,History Test,"));

        // a new database's history starts after its import: --editor is for --into only
        Result out = run("import", "--from", s(first), "--out", s(dir.resolve("new.sqlite")), "--editor", "x");
        assertThat(out.code()).isEqualTo(Cli.USAGE);
        assertThat(out.errLines()).singleElement().asString().contains("--editor is for --into");
        noStackTrace(out);
        assertThat(dir.resolve("new.sqlite")).doesNotExist();
    }

    @Test
    void newWithoutANameIsNamedAfterTheFile() throws IOException {
        Path db = dir.resolve("my-deals.sqlite");
        assertThat(run("new", "--out", s(db)).code()).isZero();
        Path out = dir.resolve("d");
        assertThat(run("dump", "--db", s(db), "--out", s(out)).code()).isZero();
        assertThat(Files.readString(out.resolve("manifest.csv"))).endsWith("name,my-deals\n");
    }

    @Test
    void dumpImportDumpOfTheBundledDatasetIsIdentical() throws IOException {
        Path first = dir.resolve("first");
        Result d = run("dump", "--out", s(first));
        assertThat(d.code()).as(d.err()).isZero();
        assertThat(d.out()).matches("wrote .*first: [0-9,]+ records in 18 files in [0-9.]+ s\n");
        Path db = dir.resolve("copy.sqlite");
        Result i = run("import", "--from", s(first), "--out", s(db));
        assertThat(i.code()).as(i.err()).isZero();
        assertThat(i.out())
                .contains("6,761 added, 0 skipped (already there), 0 updated")
                .contains("candidacies.csv")
                .contains("5,112 added");
        Path second = dir.resolve("second");
        assertThat(run("dump", "--db", s(db), "--out", s(second)).code()).isZero();
        try (Stream<Path> files = Files.list(first)) {
            for (Path f : files.toList()) {
                assertThat(Files.readAllBytes(second.resolve(f.getFileName())))
                        .as(f.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(f));
            }
        }
        Result into = run("import", "--from", s(first), "--into", s(db));
        assertThat(into.code()).isZero();
        assertThat(into.out()).contains("0 added, 6,761 skipped (already there), 0 updated");
    }

    @Test
    void dumpRefusesAFolderThatIsNotEmptyUnlessForcedAndOnlyAnEarlierDump() throws IOException {
        Path out = dir.resolve("out");
        assertThat(run("dump", "--out", s(out)).code()).isZero();
        Result again = run("dump", "--out", s(out));
        assertThat(again.code()).isEqualTo(Cli.USAGE);
        assertThat(again.errLines())
                .singleElement()
                .asString()
                .contains("not empty")
                .contains("--force");
        assertThat(run("dump", "--out", s(out), "--force").code()).isZero();
        Path photos = Files.createDirectory(dir.resolve("photos"));
        Files.writeString(photos.resolve("a.jpg"), "x");
        Result refused = run("dump", "--out", s(photos), "--force");
        assertThat(refused.code()).isEqualTo(Cli.USAGE);
        assertThat(refused.errLines()).singleElement().asString().contains("not a dataset folder");
        assertThat(photos.resolve("a.jpg")).exists();
        noStackTrace(refused);
    }

    @Test
    void aRefusedImportExitsTwoWithASummaryLineAndTheList() throws IOException {
        Path ds = Files.createDirectory(dir.resolve("ds"));
        Files.writeString(
                ds.resolve("sources.csv"), "id,outlet,title,url,published,retrieved,snippet\ns1,O,T,,2024-13,,\n");
        Files.writeString(
                ds.resolve("parties.csv"),
                "abbreviation,name,native_name,colour,founded,dissolved,partyfacts_id,"
                        + "country,sources\nAAA,Alpha,,blue,,,,PAK,s1\nBBB,,,,,,,PAK,s2\n",
                StandardCharsets.UTF_8);
        Path db = dir.resolve("x.sqlite");
        Result r = run("import", "--from", s(ds), "--out", s(db));
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.out()).isEmpty();
        List<String> lines = r.errLines();
        assertThat(lines.get(0)).isEqualTo("alliance-explorer: import refused, nothing was written: 4 problems");
        assertThat(lines.subList(1, lines.size()))
                .containsExactly(
                        "problem  " + ds.resolve("sources.csv")
                                + " line 2: column E (published): not a date: '2024-13' (month must be 01 to 12: 13)",
                        "problem  " + ds.resolve("parties.csv")
                                + " line 2: column D (colour): not a colour #RRGGBB: 'blue'",
                        "problem  " + ds.resolve("parties.csv") + " line 3: column B (name): is empty",
                        "problem  " + ds.resolve("parties.csv") + " line 3: column I (sources): unknown source 's2'");
        assertThat(db).doesNotExist();
        noStackTrace(r);
        Result capped = run("import", "--from", s(ds), "--out", s(db), "--max-problems", "1");
        assertThat(capped.errLines())
                .hasSize(3)
                .last()
                .asString()
                .isEqualTo("... and 3 more (--max-problems N lists more)");
    }

    @Test
    void aConflictNeedsUpdate() throws IOException {
        Path first = dir.resolve("first");
        assertThat(run("dump", "--out", s(first)).code()).isZero();
        Path db = dir.resolve("db.sqlite");
        assertThat(run("import", "--from", s(first), "--out", s(db)).code()).isZero();
        String text = Files.readString(first.resolve("elections.csv"));
        Files.writeString(
                first.resolve("elections.csv"),
                text.replace("Pakistan general election 1977", "General election 1977"));
        Result r = run("import", "--from", s(first), "--into", s(db));
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.errLines().get(0))
                .isEqualTo("alliance-explorer: import refused, nothing was written: 1 conflict with"
                        + " the database (give --update to take the folder's version)");
        assertThat(r.errLines().get(1))
                .startsWith("conflict  " + first.resolve("elections.csv") + " line 2: column A (key):"
                        + " election 'pk-1977' is in the database already with other content: name 'Pakistan general election 1977'"
                        + " there, 'General election 1977' here");
        Result u = run("import", "--from", s(first), "--into", s(db), "--update");
        assertThat(u.code()).as(u.err()).isZero();
        assertThat(u.out()).contains("0 added, 6,760 skipped (already there), 1 updated");
    }

    @Test
    void badUsageIsOneLineAndExitTwo() {
        Path db = dir.resolve("x.sqlite");
        for (String[] args : new String[][] {
            {"import", "--from", s(dir.resolve("missing")), "--out", s(db)},
            {"import", "--from", s(dir), "--out", s(db), "--into", s(db)},
            {"import", "--from", s(dir), "--out", s(db), "--update"},
            {"dump", "--db", s(dir.resolve("missing.sqlite")), "--out", s(dir.resolve("o"))},
            {"new"}
        }) {
            Result r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(Cli.USAGE);
            assertThat(r.err()).as(String.join(" ", args)).startsWith("alliance-explorer: ");
            noStackTrace(r);
        }
        assertThat(db).doesNotExist();
    }

    @Test
    void helpShowsExamples() {
        for (String cmd : new String[] {"new", "import", "dump"}) {
            Result r = run(cmd, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Example").contains("alliance-explorer " + cmd + " ");
        }
        assertThat(run("--help").out()).contains("new ").contains("import ").contains("dump ");
    }
}
