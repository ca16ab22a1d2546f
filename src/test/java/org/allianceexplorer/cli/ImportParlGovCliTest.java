package org.allianceexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.allianceexplorer.cli.CliTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-parlgov on the command line: the result passes check, dumps and imports back identically; refusals. */
class ImportParlGovCliTest {

    @TempDir
    Path dir;

    private static Path tables() throws Exception {
        return Path.of(ImportParlGovCliTest.class
                        .getResource("/parlgov/party.csv")
                        .toURI())
                .getParent();
    }

    private static void noStackTrace(Result r) {
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static String s(Path p) {
        return p.toString();
    }

    @Test
    void threeCountriesPassCheckAndRoundTripThroughDumpAndImport() throws Exception {
        Path db = dir.resolve("three.sqlite");
        Result r = CliTest.run(
                "import-parlgov", "--from", s(tables()), "--out", s(db), "--country", "NLD,DEU", "--country", "NZL");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("imported ParlGov from ").contains("party_results.csv");
        Result check = CliTest.run("check", "--db", s(db));
        assertThat(check.code()).as(check.out()).isZero();
        Path first = dir.resolve("first");
        assertThat(CliTest.run("dump", "--db", s(db), "--out", s(first)).code()).isZero();
        assertThat(first.resolve("manifest.csv")).content().contains("name,\"ParlGov: NLD, DEU, NZL\"");
        assertThat(Files.readAllLines(first.resolve("elections.csv"))).hasSize(1 + 29 + 29 + 39);
        Path copy = dir.resolve("copy.sqlite");
        Result i = CliTest.run("import", "--from", s(first), "--out", s(copy));
        assertThat(i.code()).as(i.err()).isZero();
        Path second = dir.resolve("second");
        assertThat(CliTest.run("dump", "--db", s(copy), "--out", s(second)).code())
                .isZero();
        try (Stream<Path> files = Files.list(first)) {
            for (Path f : files.toList()) {
                assertThat(Files.mismatch(f, second.resolve(f.getFileName())))
                        .as(f.getFileName().toString())
                        .isEqualTo(-1L);
            }
        }
    }

    @Test
    void aBadTableIsRefusedWithExitTwoAndNothingWritten() throws Exception {
        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        try (Stream<Path> s = Files.list(tables())) {
            for (Path p : s.toList()) {
                Files.copy(p, bad.resolve(p.getFileName()));
            }
        }
        Files.delete(bad.resolve("cabinet_party.csv"));
        Path out = dir.resolve("x.sqlite");
        Result r = CliTest.run("import-parlgov", "--from", s(bad), "--out", s(out), "--country", "GBR");
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.errLines().get(0)).startsWith("alliance-explorer: import refused, nothing was written: 1 problem");
        assertThat(r.err()).contains("problem  cabinet_party.csv: missing");
        assertThat(out).doesNotExist();
        noStackTrace(r);
    }

    @Test
    void maxProblemsCapsTheListButCountsEveryProblem() throws Exception {
        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        try (Stream<Path> s = Files.list(tables())) {
            for (Path p : s.toList()) {
                Files.copy(p, bad.resolve(p.getFileName()));
            }
        }
        Files.delete(bad.resolve("cabinet_party.csv"));
        Files.delete(bad.resolve("cabinet.csv"));
        Path out = dir.resolve("x.sqlite");
        Result r = CliTest.run(
                "import-parlgov", "--from", s(bad), "--out", s(out), "--country", "GBR", "--max-problems", "1");
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.errLines().get(0))
                .startsWith("alliance-explorer: import refused, nothing was written: 2 problems");
        assertThat(r.errLines().stream().filter(l -> l.startsWith("problem  "))).hasSize(1);
        assertThat(r.err()).contains("... and 1 more (--max-problems N lists more)");
        assertThat(out).doesNotExist();
        noStackTrace(r);
    }

    @Test
    void anUnknownCountryIsBadUsage() throws Exception {
        Path out = dir.resolve("x.sqlite");
        Result r = CliTest.run("import-parlgov", "--from", s(tables()), "--out", s(out), "--country", "PAK");
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("ParlGov has no country PAK");
        assertThat(out).doesNotExist();
        noStackTrace(r);
    }

    @Test
    void helpNamesTheOptionsAndTheCitation() throws IOException {
        Result r = CliTest.run("import-parlgov", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains(
                        "--from",
                        "--out",
                        "--country",
                        "--partyfacts",
                        "--max-problems",
                        "Döring",
                        "import-parlgov --from");
        Result top = CliTest.run("--help");
        assertThat(top.out()).contains("import-parlgov");
    }
}
