package org.allianceexplorer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.allianceexplorer.charts.model.ChartFigureView;
import org.allianceexplorer.charts.model.ChartKind;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.figure.AnimatedFigureView;
import org.allianceexplorer.figure.AnimatedGif;
import org.allianceexplorer.figure.ExportRequest;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureAnimation;
import org.allianceexplorer.figure.FigureExporter;
import org.allianceexplorer.figure.FigureFormat;
import org.allianceexplorer.figure.FigureView;
import org.allianceexplorer.figure.PageSetup;
import org.allianceexplorer.figure.ReportBundle;
import org.allianceexplorer.figure.TimeStep;
import org.allianceexplorer.graph.model.GraphCompareFigureView;
import org.allianceexplorer.graph.model.GraphFigureView;
import org.allianceexplorer.timeline.TimelineFigureView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Exports a view as a figure (PNG, SVG, PDF), as a report bundle, or as an animated GIF over a range of",
            "days (graph, timeline). Every figure, and every frame of an animation, has its title, legend, as-of",
            "stamp and source credits, drawn by the same painter as the window. The file appears only when complete."
        })
final class ExportCommand extends CliCommand {

    /** The views that can be exported, by name. Each feature adds its own {@link FigureView} here. */
    static Map<String, FigureView> views() {
        Map<String, FigureView> m = new LinkedHashMap<>();
        List<FigureView> all = new ArrayList<>();
        // --- registry: one line per exportable view --------------------------------------------------
        all.add(new GraphFigureView());
        all.add(new GraphCompareFigureView());
        all.add(new TimelineFigureView());
        all.add(new ChartFigureView(ChartKind.LEDGER));
        all.add(new ChartFigureView(ChartKind.OUTCOMES));
        all.add(new ChartFigureView(ChartKind.RESULTS));
        all.add(new ChartFigureView(ChartKind.MEMBERSHIP));
        all.add(new ChartFigureView(ChartKind.COALITIONS));
        all.add(new ChartFigureView(ChartKind.FRIENDLY_FIGHTS));
        // --- end of registry ---------------------------------------------------------------------------
        for (FigureView v : all) {
            m.put(v.name(), v);
        }
        return m;
    }

    @Option(
            names = "--view",
            paramLabel = "NAME",
            required = true,
            description = "The view to export: ${COMPLETION-CANDIDATES}.",
            completionCandidates = ViewNames.class)
    String view;

    @Option(
            names = "--format",
            paramLabel = "png|svg|pdf|gif|bundle",
            required = true,
            description = {
                "File format; bundle writes a folder (or a .zip) with the figure as PNG, SVG",
                "and PDF, the CSV of the data plotted and the list of sources behind it; gif",
                "writes a looping animation of the graph or the timeline from --from to --to,",
                "one frame every --step."
            })
    String format;

    @Option(
            names = "--out",
            paramLabel = "PATH",
            required = true,
            description = "The file (or, for bundle, the folder or .zip) to write; it appears only when complete.")
    Path out;

    @Mixin
    Cli.DbOption db;

    @Mixin
    Cli.AsOfOption asOf;

    @Option(
            names = "--from",
            paramLabel = "YYYY-MM-DD",
            description =
                    "First day shown (timeline); the earlier day compared (graph-compare); the first frame's day (gif).")
    LocalDate from;

    @Option(
            names = "--to",
            paramLabel = "YYYY-MM-DD",
            description =
                    "Last day shown (timeline); the later day compared (graph-compare); the last frame's day (gif).")
    LocalDate to;

    @Option(
            names = "--step",
            paramLabel = "N(d|w|m|y)",
            description = {
                "gif: the time from one frame to the next in days, weeks, months or years:",
                "1w, 2w, 1m (default), 3m, 1y... The last frame is --to even when the last",
                "step falls short of it; at most " + TimeStep.MAX_FRAMES + " frames."
            })
    String step;

    @Option(
            names = "--fps",
            paramLabel = "N",
            description = "gif: frames per second, 1 to " + AnimatedGif.MAX_FPS + " (default " + AnimatedGif.DEFAULT_FPS
                    + ").")
    Integer fps;

    @Option(
            names = "--party",
            paramLabel = "ABBR",
            arity = "1..*",
            description = "Only these parties (timeline, charts), or the centre of an ego network (graph).")
    List<String> parties = new ArrayList<>();

    @Option(
            names = "--election",
            paramLabel = "NAME",
            description = "Election key or name (graph, charts), e.g. pk-2024.")
    String election;

    @Option(
            names = "--assembly",
            paramLabel = "CODE",
            description = "Assembly for the results chart: NA (default), PS, ... as in the database.")
    String assembly;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "1", description = "Ego-network depth, 1 or 2 (graph).")
    int depth;

    @Option(
            names = "--width",
            paramLabel = "PX",
            defaultValue = "1200",
            description = {
                "Width in CSS pixels (default ${DEFAULT-VALUE}). A gif of the graph is 9/16 of it high",
                "(1280: 1280x720), of the timeline as high as the timeline; all its frames",
                "are the same size."
            })
    double width;

    @Option(
            names = "--scale",
            paramLabel = "S",
            defaultValue = "1",
            description = "PNG and gif pixel scale, 1 to 8 (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(
            names = "--page",
            paramLabel = "SIZE",
            defaultValue = "fit",
            description = {
                "Paper: fit (the page is the figure; default), a4, a3, a5, letter, legal. On paper the",
                "figure is laid out at the printable width; a PDF page holds it whole."
            })
    String paper;

    @Option(names = "--landscape", description = "Turn the page sideways.")
    boolean landscape;

    @Option(
            names = "--margin",
            paramLabel = "MM",
            defaultValue = "15",
            description = "Page margins in mm (default ${DEFAULT-VALUE}).")
    double margin;

    @Option(
            names = "--dpi",
            paramLabel = "N",
            description =
                    "PNG resolution, 72 to 600 (300 for print); with a page size, the PNG is the page width at this resolution.")
    Integer dpi;

    @Override
    int run() throws Exception {
        Map<String, FigureView> views = views();
        FigureView v = views.get(view);
        if (v == null) {
            throw new IllegalArgumentException("no view '" + view + "'"
                    + (views.isEmpty() ? " (none yet)" : "; choose one of " + String.join(", ", views.keySet())));
        }
        if ("gif".equalsIgnoreCase(format.strip())) {
            return animation(v, views);
        }
        require(step == null && fps == null, "--step and --fps are for --format gif (an animation), not " + format);
        boolean bundle = "bundle".equalsIgnoreCase(format.strip());
        FigureFormat fmt = bundle ? null : FigureFormat.parse(format);
        PageSetup.Paper p = PageSetup.Paper.parse(paper);
        PageSetup page = new PageSetup(p, landscape, p == PageSetup.Paper.FIT ? 0 : margin, dpi == null ? 96 : dpi);
        FigureExporter.Size size = new FigureExporter.Size(width, dpi == null ? scale : page.pngScale());
        ExportRequest request = new ExportRequest(asOf.day, from, to, parties, election, depth, assembly);
        if (bundle && Files.exists(out)) {
            throw new IllegalArgumentException(out + ": already exists; choose a new name for the bundle");
        }
        try (Database d = db.open()) {
            Figure figure = v.build(Repositories.of(d), request);
            if (bundle) {
                ReportBundle.write(figure, out, size, page);
            } else {
                FigureExporter.write(figure, fmt, out, size, page);
            }
        }
        return done("wrote %s", out);
    }

    /** {@code --format gif}: the view on each day from {@code --from} to {@code --to}, one frame every {@code --step}. */
    private int animation(FigureView v, Map<String, FigureView> views) throws Exception {
        if (!(v instanceof AnimatedFigureView animated)) {
            throw new IllegalArgumentException("--format gif: the " + v.name() + " view has no animation; animate "
                    + String.join(
                            " or ",
                            views.values().stream()
                                    .filter(AnimatedFigureView.class::isInstance)
                                    .map(FigureView::name)
                                    .toList()));
        }
        require(
                from != null && to != null,
                "--format gif needs --from and --to: the days of the first and the last frame");
        require(asOf.day == null, "--as-of does not apply to --format gif: each frame is as of its own day");
        require(
                dpi == null && PageSetup.Paper.parse(paper) == PageSetup.Paper.FIT,
                "--page and --dpi do not apply to --format gif: its frames are --width pixels wide (times --scale)");
        require(
                fps == null || (fps >= 1 && fps <= AnimatedGif.MAX_FPS),
                "--fps must be 1 to " + AnimatedGif.MAX_FPS + ": " + fps);
        require(
                width >= AnimatedGif.MIN_WIDTH,
                "--format gif: --width must be " + AnimatedGif.MIN_WIDTH + " px or more: " + width);
        TimeStep s;
        try {
            s = TimeStep.parse(step == null ? "1m" : step);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--step " + e.getMessage(), e);
        }
        ExportRequest request = new ExportRequest(null, from, to, parties, election, depth, assembly);
        List<LocalDate> days = s.days(from, to);
        FigureExporter.Size size = new FigureExporter.Size(width, scale);
        int rate = fps == null ? AnimatedGif.DEFAULT_FPS : fps;
        Consumer<String> progress = progress();
        try (Database d = db.open()) {
            FigureAnimation animation =
                    animated.animate(Repositories.of(d), request, days, (i, n) -> every(progress, "laying out", i, n));
            AnimatedGif.write(animation, out, size, rate, (i, n) -> every(progress, "painting", i, n));
        }
        return done(
                "wrote %s: %d frames, %s to %s every %s, %d frames a second",
                out, days.size(), days.get(0), days.get(days.size() - 1), s, rate);
    }

    /** Progress on frames 1, 25, 50... and the last. */
    private static void every(Consumer<String> progress, String what, int frame, int frames) {
        if (frame == 1 || frame % 25 == 0 || frame == frames) {
            progress.accept(what + " frame " + frame + " of " + frames);
        }
    }

    /** Names for --help and shell completion. */
    static final class ViewNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return views().keySet().iterator();
        }
    }
}
