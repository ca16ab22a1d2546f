package org.allianceexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.allianceexplorer.charts.model.ChartFigureView;
import org.allianceexplorer.charts.model.ChartKind;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.figure.ExportRequest;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.graph.model.ForceDirectedLayout;
import org.allianceexplorer.graph.model.GraphData;
import org.allianceexplorer.graph.model.GraphFigure;
import org.allianceexplorer.graph.model.GraphQuery;
import org.allianceexplorer.graph.model.GraphSnapshot;
import org.allianceexplorer.testing.BundledDb;
import org.allianceexplorer.timeline.TimelineFigureView;
import org.allianceexplorer.timeline.model.TimelineData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code export --format bundle} for every view on the bundled dataset: the figure in three formats, the CSV
 * of exactly the rows plotted, and the sources behind them (outlet, title, date, URL).
 */
class ReportBundleExportTest {

    static final String ARY_NA242 = "https://arynews.tv/anp-candidate-withdraws-in-favor-of-mqm-p-from-na-242/";
    static final String RESULTS = "Aiwan-e-Jamhoor";

    private static CliTest.Result cli(String... args) {
        return CliTest.run(args);
    }

    static CliTest.Result bundle(Path out, String view, String... more) {
        List<String> args =
                new ArrayList<>(List.of("export", "--view", view, "--format", "bundle", "--out", out.toString()));
        args.addAll(List.of(more));
        return cli(args.toArray(String[]::new));
    }

    static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }

    static Path only(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> found =
                    s.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
            assertThat(found).as("one *%s in %s", suffix, dir).hasSize(1);
            return found.get(0);
        }
    }

    static Stream<Arguments> views() {
        return Stream.of(
                // view, options, sources must name the NA-242 ANP -> MQM-P article, must name the results
                Arguments.of("ledger", List.of("--party", "MQM-P", "--party", "ANP"), true, false),
                Arguments.of("outcomes", List.of(), true, true),
                Arguments.of("results", List.of("--election", "pk-2024"), false, true),
                Arguments.of("membership", List.of(), false, false),
                Arguments.of(
                        "timeline",
                        List.of("--from", "2024-01-01", "--to", "2024-02-29", "--as-of", "2024-02-14"),
                        true,
                        true),
                Arguments.of("graph", List.of("--as-of", "2024-02-10"), true, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void aBundleHasTheFigureItsDataAndItsSources(
            String view, List<String> options, boolean ary, boolean results, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("report-" + view);
        CliTest.Result run = bundle(out, view, options.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + out);
        for (String ext : List.of(".png", ".svg", ".pdf")) {
            assertThat(Files.size(only(out, ext))).isPositive();
        }
        List<CSVRecord> data = csv(Files.readString(only(out, "-data.csv"), StandardCharsets.UTF_8));
        assertThat(data).as("rows plotted").isNotEmpty();
        List<CSVRecord> sources = csv(Files.readString(only(out, "-sources.csv"), StandardCharsets.UTF_8));
        assertThat(sources)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("outlet")).isNotBlank());
        assertThat(sources.stream().map(s -> s.get("id")).distinct().count())
                .as("each source once")
                .isEqualTo(sources.size());
        List<String> outlets = sources.stream()
                .map(s -> s.get("outlet").toLowerCase(Locale.ROOT))
                .toList();
        assertThat(outlets).as("by outlet").isSorted();
        if (ary) {
            assertThat(sources).anySatisfy(s -> {
                assertThat(s.get("url")).isEqualTo(ARY_NA242);
                assertThat(s.get("outlet")).isEqualTo("ARY News");
                assertThat(s.get("published")).isEqualTo("2024-02-05");
            });
        }
        assertThat(sources.stream().anyMatch(s -> s.get("outlet").contains(RESULTS)))
                .as("results source")
                .isEqualTo(results);
        assertThat(out.resolve("README.txt")).content().contains(data.size() + " rows plotted");
    }

    @Test
    void theLedgerDataAreTheNumbersOfTheChart(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("ledger");
        assertThat(bundle(out, "ledger", "--party", "MQM-P", "--party", "ANP").code())
                .isZero();
        List<CSVRecord> data = csv(Files.readString(only(out, "-data.csv")));
        assertThat(data)
                .extracting(r -> r.get("election") + "|" + r.get("giver") + "|" + r.get("receiver") + "|"
                        + r.get("seats") + "|" + r.get("seat_codes"))
                .containsExactly(
                        "Pakistan general election 2024|MQM-P|ANP|1|PS-88",
                        "Pakistan general election 2024|ANP|MQM-P|6|NA-240; NA-241; NA-242; PS-108; PS-109; PS-110");
    }

    @Test
    void theOutcomesDataHaveOneRowPerDealWithItsVotes(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("outcomes");
        assertThat(bundle(out, "outcomes").code()).isZero();
        List<CSVRecord> data = csv(Files.readString(only(out, "-data.csv")));
        assertThat(data).anySatisfy(r -> {
            assertThat(r.get("seat")).isEqualTo("NA-242");
            assertThat(r.get("giver")).isEqualTo("ANP");
            assertThat(r.get("receiver")).isEqualTo("MQM-P");
            assertThat(r.get("outcome")).isIn("won", "lost");
            assertThat(Long.parseLong(r.get("receiver_votes"))).isPositive();
            assertThat(r.get("margin")).isNotEmpty();
        });
        assertThat(data.stream()
                        .map(r -> r.get("seat") + r.get("giver"))
                        .distinct()
                        .count())
                .isEqualTo(data.size());
    }

    @Test
    void theResultsDataSumToTheSeatsInTheResults(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results");
        assertThat(bundle(out, "results", "--election", "pk-2024").code()).isZero();
        List<CSVRecord> data = csv(Files.readString(only(out, "-data.csv")));
        assertThat(data.stream().mapToInt(r -> Integer.parseInt(r.get("seats"))).sum())
                .isBetween(250, 266);
        assertThat(data).anySatisfy(r -> {
            assertThat(r.get("party")).isEqualTo("MQM-P");
            assertThat(r.get("seats")).isEqualTo("17");
        });
    }

    @Test
    void theTimelineDataAreTheItemsInTheRange(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("timeline");
        assertThat(bundle(out, "timeline", "--from", "2024-01-01", "--to", "2024-02-29", "--as-of", "2024-02-14")
                        .code())
                .isZero();
        List<CSVRecord> data = csv(Files.readString(only(out, "-data.csv")));
        assertThat(data).anySatisfy(r -> {
            assertThat(r.get("kind")).isEqualTo("claim");
            assertThat(r.get("lane")).isEqualTo("NA-242");
            assertThat(r.get("label")).contains("ANP").contains("MQM-P");
            assertThat(r.get("start")).isEqualTo("2024-02-05");
        });
        assertThat(data).anySatisfy(r -> {
            assertThat(r.get("kind")).isEqualTo("election");
            assertThat(r.get("start")).isEqualTo("2024-02-08");
        });
        // points in the window only
        assertThat(data)
                .filteredOn(r -> r.get("kind").equals("claim") || r.get("kind").equals("event"))
                // (a claim known only to the month, "2024-01", is in the window too)
                .allSatisfy(r -> assertThat(r.get("start")).matches("2024-0[12](-[0-3][0-9])?"));
    }

    @Test
    void theGraphDataAreTheTiesShown(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("graph");
        assertThat(bundle(out, "graph", "--as-of", "2024-02-10").code()).isZero();
        List<CSVRecord> data = csv(Files.readString(only(out, "-data.csv")));
        assertThat(data).anySatisfy(r -> {
            assertThat(r.get("type")).isEqualTo("seat deal");
            assertThat(r.get("from")).isEqualTo("ANP");
            assertThat(r.get("to")).isEqualTo("MQM-P");
            assertThat(r.get("detail")).contains("NA-242");
        });
    }

    @Test
    void aZipBundleHoldsTheSameFiles(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("ledger.zip");
        assertThat(bundle(out, "ledger", "--party", "MQM-P", "--party", "ANP").code())
                .isZero();
        try (ZipFile zip = new ZipFile(out.toFile())) {
            List<String> names = zip.stream().map(e -> e.getName()).toList();
            assertThat(names)
                    .hasSize(6)
                    .contains("README.txt")
                    .anyMatch(n -> n.endsWith(".png"))
                    .anyMatch(n -> n.endsWith(".svg"))
                    .anyMatch(n -> n.endsWith(".pdf"))
                    .anyMatch(n -> n.endsWith("-data.csv"))
                    .anyMatch(n -> n.endsWith("-sources.csv"));
            String sources = new String(
                    zip.getInputStream(zip.stream()
                                    .filter(e -> e.getName().endsWith("-sources.csv"))
                                    .findFirst()
                                    .orElseThrow())
                            .readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(sources).contains(ARY_NA242);
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.toList()).containsExactly(out);
        }
    }

    @Test
    void aBundleIntoAnExistingFolderIsRefusedAndChangesNothing(@TempDir Path dir) throws Exception {
        Path existing = Files.createDirectory(dir.resolve("mine"));
        Files.writeString(existing.resolve("notes.txt"), "keep me");
        CliTest.Result run = bundle(existing, "ledger");
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("already exists").doesNotContain("Exception");
        try (Stream<Path> s = Files.list(existing)) {
            assertThat(s.toList()).containsExactly(existing.resolve("notes.txt"));
        }
        assertThat(existing.resolve("notes.txt")).content().isEqualTo("keep me");
        Path zip = Files.writeString(dir.resolve("old.zip"), "old");
        assertThat(bundle(zip, "ledger").code()).isEqualTo(Cli.USAGE);
        assertThat(zip).content().isEqualTo("old");
    }

    @Test
    void aBundleIntoAMissingFolderFailsAndLeavesNothing(@TempDir Path dir) throws Exception {
        for (String name : List.of("no/such/report", "no/such/report.zip")) {
            CliTest.Result run = bundle(dir.resolve(name), "outcomes");
            assertThat(run.code()).as(name).isEqualTo(Cli.USAGE);
            assertThat(run.err()).contains("does not exist").doesNotContain("Exception");
        }
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void figuresBuiltForTheWindowLookUpTheirSourcesWhenAsked() throws Exception {
        try (Database db = BundledDb.open()) {
            Repositories repos = Repositories.of(db);
            ExportRequest request = new ExportRequest(
                    LocalDate.of(2024, 2, 10), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29), List.of(), null, 1);
            // as the screens build them: from data loaded once, no sources yet
            Figure timeline = TimelineFigureView.figure(TimelineData.load(repos), request);
            Figure graph = GraphSnapshot.compute(
                            GraphData.load(repos, repos.relationships()),
                            GraphQuery.asOf(request.asOf()),
                            null,
                            new ForceDirectedLayout())
                    .figure(GraphFigure.Options.PRINT);
            for (Figure f : List.of(timeline, graph)) {
                assertThat(f.data().rows()).isNotEmpty();
                assertThat(f.data().sources()).isEmpty();
                Figure sourced = f.withSources(repos);
                assertThat(sourced.data().rows()).isEqualTo(f.data().rows());
                assertThat(sourced.data().sources()).extracting(Source::url).contains(ARY_NA242);
                assertThat(sourced.data().sources()).extracting(Source::outlet).anyMatch(o -> o.contains(RESULTS));
            }
            // the charts know theirs from when they were built
            Figure ledger = new ChartFigureView(ChartKind.LEDGER)
                    .build(repos, new ExportRequest(null, null, null, List.of("MQM-P", "ANP"), null, 1));
            assertThat(ledger.withSources(repos)).isSameAs(ledger);
            assertThat(ledger.data().sources()).extracting(Source::url).contains(ARY_NA242);
        }
    }
}
