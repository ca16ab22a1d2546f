package org.allianceexplorer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.charts.model.ChartFigureView;
import org.allianceexplorer.charts.model.ChartKind;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.figure.ExportRequest;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureExporter;
import org.allianceexplorer.figure.FigureFormat;
import org.allianceexplorer.figure.FigureView;
import org.allianceexplorer.figure.PageSetup;
import org.allianceexplorer.figure.ReportBundle;
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
            "Exports a view as a figure (PNG, SVG, PDF) or as a report bundle.",
            "Every figure has its title, legend, as-of stamp and source credits, drawn by the same painter as",
            "the window. The file appears only when complete."
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
            paramLabel = "png|svg|pdf|bundle",
            required = true,
            description = {
                "File format; bundle writes a folder (or a .zip) with the figure as PNG, SVG and PDF,",
                "the CSV of the data plotted and the list of sources behind it."
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

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The state on this day (default: latest).")
    LocalDate asOf;

    @Option(
            names = "--from",
            paramLabel = "YYYY-MM-DD",
            description = "First day shown (timeline); the earlier day compared (graph-compare).")
    LocalDate from;

    @Option(
            names = "--to",
            paramLabel = "YYYY-MM-DD",
            description = "Last day shown (timeline); the later day compared (graph-compare).")
    LocalDate to;

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
            description = "Width in CSS pixels (default ${DEFAULT-VALUE}).")
    double width;

    @Option(
            names = "--scale",
            paramLabel = "S",
            defaultValue = "1",
            description = "PNG pixel scale, 1 to 8 (default ${DEFAULT-VALUE}).")
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
        boolean bundle = "bundle".equalsIgnoreCase(format.strip());
        FigureFormat fmt = bundle ? null : FigureFormat.parse(format);
        PageSetup.Paper p = PageSetup.Paper.parse(paper);
        PageSetup page = new PageSetup(p, landscape, p == PageSetup.Paper.FIT ? 0 : margin, dpi == null ? 96 : dpi);
        FigureExporter.Size size = new FigureExporter.Size(width, dpi == null ? scale : page.pngScale());
        ExportRequest request = new ExportRequest(asOf, from, to, parties, election, depth, assembly);
        if (bundle && Files.exists(out)) {
            throw new IllegalArgumentException(out + ": already exists; choose a new name for the bundle");
        }
        try (Database d = db.open()) {
            Figure figure = v.build(Repositories.sqlite(d), request);
            if (bundle) {
                ReportBundle.write(figure, out, size, page);
            } else {
                FigureExporter.write(figure, fmt, out, size, page);
            }
        }
        return done("wrote %s", out);
    }

    /** Names for --help and shell completion. */
    static final class ViewNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return views().keySet().iterator();
        }
    }
}
