package org.allianceexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.allianceexplorer.testing.BundledDb;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} on the founding case: between 1 Jan and 15 Feb 2024 the MQM-P–ANP deals and pact appear. */
class CompareCommandTest {

    private static CliTest.Result compare(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "compare";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--db";
        all[args.length + 2] = BundledDb.file().toString();
        return CliTest.run(all);
    }

    @Test
    void theFoundingCaseDealsAndPactAppearBetweenNewYearAndMidFebruary() throws Exception {
        CliTest.Result r = compare("--from", "2024-01-01", "--to", "2024-02-15", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        List<CSVRecord> rows = CliTest.csv(r.out());
        assertThat(rows.get(0).values())
                .containsExactly("date", "kind", "change", "record", "parties", "source", "url", "quote");
        List<String> lines = rows.stream()
                .skip(1)
                .map(x -> x.get(0) + " " + x.get(1) + " " + x.get(2) + " " + x.get(3))
                .toList();
        assertThat(lines)
                .contains(
                        "2024-02-05 seat deal made NA-242: ANP for MQM-P",
                        "2024-02-05 seat deal made NA-240: ANP for MQM-P",
                        "2024-02-04 seat deal made PS-88: MQM-P for ANP",
                        "2024-02-14 seat deal confirmed NA-242: ANP for MQM-P",
                        "2024-02-04 alliance formed MQM-P–ANP seat adjustment, Karachi (General Elections 2024)",
                        "2024-02-14 alliance formed MQM-P–ANP agreement on political cooperation for Karachi",
                        "2024-02-14 relation begun MQM-P cooperates with ANP",
                        // the earlier NA-242 deal for Shehbaz Sharif fell apart on 12 Jan
                        "2024-01-12 seat deal collapsed NA-242: MQM-P for PML-N");
        // every change cites its source with a link and a quotation
        for (CSVRecord row : rows.subList(1, rows.size())) {
            assertThat(row.get(6)).as(row.toString()).startsWith("http");
            assertThat(row.get(7)).as(row.toString()).isNotBlank();
        }
        // the other way round nothing of the founding case had happened yet
        CliTest.Result before = compare("--from", "2023-06-01", "--to", "2024-01-01", "--format", "csv");
        assertThat(before.out()).doesNotContain("ANP for MQM-P").contains("MQM-P for PML-N");
    }

    @Test
    void partyNarrowsTheChangesAndTextSaysHowMany() {
        CliTest.Result r = compare("--from", "2024-01-01", "--to", "2024-02-15", "--party", "anp");
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        // the count, a blank line, the header, then one line per change
        assertThat(lines.get(0))
                .isEqualTo((lines.size() - 3) + " changes after 1 Jan 2024 and by 15 Feb 2024 involving ANP.");
        assertThat(lines.subList(3, lines.size())).allSatisfy(l -> assertThat(l).contains("ANP"));
        assertThat(r.out()).contains("NA-242: ANP for MQM-P").doesNotContain("JUI-F for MQM-P");
    }

    @Test
    void badDaysAndPartiesAreOneLineUsageErrors() {
        CliTest.Result reversed = compare("--from", "2024-02-15", "--to", "2024-01-01");
        assertThat(reversed.code()).isEqualTo(Cli.USAGE);
        assertThat(reversed.errLines()).singleElement().asString().contains("must be after --from");
        CliTest.Result bad = compare("--from", "2024-02-30", "--to", "2024-03-01");
        assertThat(bad.code()).isEqualTo(Cli.USAGE);
        assertThat(bad.err()).contains("--from").doesNotContain("Exception");
        CliTest.Result party = compare("--from", "2024-01-01", "--to", "2024-02-01", "--party", "'; DROP TABLE");
        assertThat(party.code()).isEqualTo(Cli.USAGE);
        assertThat(party.err()).contains("no party ''; DROP TABLE'");
    }

    @Test
    void theGraphsCompareModeExportsAsAFigureAndNeedsBothDays(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("compare.png");
        CliTest.Result ok = CliTest.run(
                "export",
                "--view",
                "graph-compare",
                "--from",
                "2024-01-01",
                "--to",
                "2024-02-15",
                "--party",
                "MQM-P",
                "--format",
                "png",
                "--out",
                png.toString(),
                "--db",
                BundledDb.file().toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1200);
        Path bundle = dir.resolve("compare-bundle");
        CliTest.Result b = CliTest.run(
                "export",
                "--view",
                "graph-compare",
                "--from",
                "2024-01-01",
                "--to",
                "2024-02-15",
                "--format",
                "bundle",
                "--out",
                bundle.toString(),
                "--db",
                BundledDb.file().toString());
        assertThat(b.code()).as(b.err()).isZero();
        try (var files = Files.list(bundle)) {
            Path csv = files.filter(f -> f.toString().endsWith(".csv")
                            && !f.getFileName().toString().contains("source"))
                    .findFirst()
                    .orElseThrow();
            String text = Files.readString(csv);
            assertThat(text.lines().findFirst().orElseThrow()).endsWith(",change");
            assertThat(text).contains("seat deal,ANP,MQM-P").contains(",added");
        }

        Path none = dir.resolve("none.png");
        CliTest.Result missing = CliTest.run(
                "export",
                "--view",
                "graph-compare",
                "--to",
                "2024-02-15",
                "--format",
                "png",
                "--out",
                none.toString(),
                "--db",
                BundledDb.file().toString());
        assertThat(missing.code()).isEqualTo(Cli.USAGE);
        assertThat(missing.errLines()).singleElement().asString().contains("needs --from and --to");
        assertThat(none).doesNotExist();
    }
}
