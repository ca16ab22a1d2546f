package org.allianceexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.testing.GifFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code export --format gif}: the animation on the bundled dataset, and every bad request refused in one line. */
class ExportGifCliTest {

    @TempDir
    static Path dir;

    private static Path bundled;

    record Result(int code, String out, String err) {}

    @BeforeAll
    static void buildBundled() {
        bundled = dir.resolve("bundled.sqlite");
        BundledDataset.build(DatasetFiles.bundled(), bundled);
    }

    /** {@code export ARGS --db bundled}. */
    static Result export(String... args) {
        List<String> all = new ArrayList<>(List.of("export"));
        all.addAll(List.of(args));
        all.addAll(List.of("--db", bundled.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString().replace("\r\n", "\n"));
    }

    @Test
    void writesAMonthlyGraphAnimation() throws Exception {
        Path out = dir.resolve("monthly.gif");
        Result r = export(
                "--view",
                "graph",
                "--format",
                "gif",
                "--from",
                "2024-01-01",
                "--to",
                "2024-03-01",
                "--step",
                "1m",
                "--fps",
                "4",
                "--width",
                "640",
                "--out",
                out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("wrote " + out, "3 frames", "2024-01-01 to 2024-03-01 every 1m", "4 frames a second");
        GifFile gif = GifFile.read(out);
        assertThat(gif.frames()).hasSize(3);
        assertThat(gif.width()).isEqualTo(640);
        assertThat(gif.height()).isEqualTo(360);
        assertThat(gif.frames()).allSatisfy(f -> assertThat(f.delay()).isEqualTo(25));
        assertThat(gif.loopsForever()).isTrue();
    }

    @Test
    void theDefaultsAreAMonthlyStepAtTwoFramesASecond() throws Exception {
        Path out = dir.resolve("defaults.gif");
        Result r = export(
                "--view",
                "graph",
                "--format",
                "GIF",
                "--from",
                "2024-01-15",
                "--to",
                "2024-03-01",
                "--party",
                "ANP",
                "--out",
                out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        GifFile gif = GifFile.read(out);
        // 15 Jan, 15 Feb, and the last day
        assertThat(gif.frames()).hasSize(3);
        assertThat(gif.width()).isEqualTo(1200);
        assertThat(gif.height()).isEqualTo(675);
        assertThat(gif.frames()).allSatisfy(f -> assertThat(f.delay()).isEqualTo(50));
    }

    @Test
    void writesATimelineWithItsCursorMoving() throws Exception {
        Path out = dir.resolve("timeline.gif");
        Result r = export(
                "--view",
                "timeline",
                "--format",
                "gif",
                "--from",
                "2024-01-01",
                "--to",
                "2024-03-01",
                "--step",
                "2w",
                "--party",
                "MQM-P",
                "ANP",
                "--width",
                "800",
                "--out",
                out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        GifFile gif = GifFile.read(out);
        assertThat(gif.frames()).hasSize(6);
        assertThat(gif.width()).isEqualTo(800);
        // as high as the timeline of the two parties, taller than a 16:9 frame
        assertThat(gif.height()).isGreaterThan(450);
        assertThat(gif.frames().get(0))
                .isEqualTo(new GifFile.Frame(0, 0, 800, gif.height(), 50, "doNotDispose", false));
    }

    static Stream<List<String>> badRequests() {
        return Stream.of(
                List.of("--format", "gif", "--to", "2024-03-01", "--", "needs --from and --to"),
                List.of("--format", "gif", "--from", "2024-01-01", "--", "needs --from and --to"),
                List.of("--format", "gif", "--from", "2024-03-01", "--to", "2024-01-01", "--", "is before --from"),
                List.of(
                        "--format",
                        "gif",
                        "--from",
                        "2024-01-01",
                        "--to",
                        "2024-03-01",
                        "--step",
                        "0w",
                        "--",
                        "--step '0w' is not a step"),
                List.of(
                        "--format",
                        "gif",
                        "--from",
                        "2024-01-01",
                        "--to",
                        "2024-03-01",
                        "--step",
                        "x",
                        "--",
                        "--step 'x' is not a step"),
                List.of(
                        "--format",
                        "gif",
                        "--from",
                        "2024-01-01",
                        "--to",
                        "2024-03-01",
                        "--fps",
                        "0",
                        "--",
                        "--fps must be 1 to 30"),
                List.of(
                        "--format",
                        "gif",
                        "--from",
                        "2024-01-01",
                        "--to",
                        "2024-03-01",
                        "--fps",
                        "31",
                        "--",
                        "--fps must be 1 to 30"),
                List.of(
                        "--format",
                        "gif",
                        "--from",
                        "1900-01-01",
                        "--to",
                        "2024-03-01",
                        "--step",
                        "1d",
                        "--",
                        "more than 2,000 frames"),
                List.of(
                        "--format",
                        "gif",
                        "--from",
                        "2024-01-01",
                        "--to",
                        "2024-03-01",
                        "--as-of",
                        "2024-02-01",
                        "--",
                        "--as-of does not apply to --format gif"),
                List.of(
                        "--format",
                        "gif",
                        "--from",
                        "2024-01-01",
                        "--to",
                        "2024-03-01",
                        "--page",
                        "a4",
                        "--",
                        "--page and --dpi do not apply"),
                List.of(
                        "--format",
                        "gif",
                        "--from",
                        "2024-01-01",
                        "--to",
                        "2024-03-01",
                        "--width",
                        "300",
                        "--",
                        "--width must be 480 px or more"),
                List.of("--format", "png", "--step", "1w", "--", "--step and --fps are for --format gif"),
                List.of("--format", "svg", "--fps", "4", "--", "--step and --fps are for --format gif"),
                List.of(
                        "--format",
                        "gif",
                        "--from",
                        "2024-01-01",
                        "--to",
                        "2024-03-01",
                        "--party",
                        "NOPE",
                        "--",
                        "no party 'NOPE'"));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void refusesBadRequestsInOneLineAndWritesNothing(List<String> args) throws Exception {
        Path out = dir.resolve("bad").resolve("x.gif");
        Files.createDirectories(out.getParent());
        List<String> all = new ArrayList<>(List.of("--view", "graph"));
        all.addAll(args.subList(0, args.indexOf("--")));
        all.addAll(List.of("--out", out.toString()));
        Result r = export(all.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("alliance-explorer: ").contains(args.get(args.size() - 1));
        assertThat(files(out.getParent())).isEmpty();
    }

    @Test
    void aViewWithoutAnAnimationSaysWhichHaveOne() throws Exception {
        Path out = dir.resolve("ledger.gif");
        Result r = export(
                "--view",
                "ledger",
                "--format",
                "gif",
                "--from",
                "2024-01-01",
                "--to",
                "2024-03-01",
                "--out",
                out.toString());
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("the ledger view has no animation; animate graph or timeline");
        assertThat(out).doesNotExist();
    }

    @Test
    void helpTellsOfTheAnimation() {
        StringWriter out = new StringWriter();
        int code =
                Cli.run(new String[] {"export", "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("png|svg|pdf|gif|bundle", "--step", "--fps", "1w, 2w, 1m", "1 to 30", "9/16", "2000 frames");
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
