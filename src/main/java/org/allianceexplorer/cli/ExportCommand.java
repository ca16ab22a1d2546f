package org.allianceexplorer.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.figure.ExportRequest;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureExporter;
import org.allianceexplorer.figure.FigureFormat;
import org.allianceexplorer.figure.FigureView;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Exports a view as a figure (PNG, SVG or PDF) with title, legend, as-of stamp and",
            "source credits, through the same painter the window uses. The file appears only when complete."})
final class ExportCommand implements Callable<Integer> {

    /** The views that can be exported, by name. Each feature adds its own {@link FigureView} here. */
    static Map<String, FigureView> views() {
        Map<String, FigureView> m = new LinkedHashMap<>();
        List<FigureView> all = new ArrayList<>();
        // --- registry: one line per exportable view --------------------------------------------------
        // --- end of registry ---------------------------------------------------------------------------
        for (FigureView v : all) {
            m.put(v.name(), v);
        }
        return m;
    }

    @Option(names = "--view", paramLabel = "NAME", required = true, description = "The view to export: ${COMPLETION-CANDIDATES}.",
            completionCandidates = ViewNames.class)
    String view;

    @Option(names = "--format", paramLabel = "png|svg|pdf", required = true, description = "File format.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    Path out;

    @Mixin
    Cli.DbOption db;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The state on this day (default: latest).")
    LocalDate asOf;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day shown (timeline).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day shown (timeline).")
    LocalDate to;

    @Option(names = "--party", paramLabel = "ABBR", arity = "1..*",
            description = "Only these parties (timeline, charts), or the centre of an ego network (graph).")
    List<String> parties = new ArrayList<>();

    @Option(names = "--election", paramLabel = "NAME", description = "Election key or name (graph, charts), e.g. pk-2024.")
    String election;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "1", description = "Ego-network depth, 1 or 2 (graph).")
    int depth;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "1200", description = "Width in CSS pixels (default ${DEFAULT-VALUE}).")
    double width;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1", description = "PNG pixel scale, 1 to 4 (default ${DEFAULT-VALUE}).")
    double scale;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, FigureView> views = views();
        FigureView v = views.get(view);
        if (v == null) {
            throw new IllegalArgumentException("no view '" + view + "'" + (views.isEmpty() ? " (none yet)"
                    : "; choose one of " + String.join(", ", views.keySet())));
        }
        FigureFormat fmt = FigureFormat.parse(format);
        FigureExporter.Size size = new FigureExporter.Size(width, scale);
        ExportRequest request = new ExportRequest(asOf, from, to, parties, election, depth);
        try (Database d = db.open()) {
            Figure figure = v.build(Repositories.sqlite(d), request);
            FigureExporter.write(figure, fmt, out, size);
        }
        spec.commandLine().getOut().println("wrote " + out);
        return Cli.OK;
    }

    /** Names for --help and shell completion. */
    static final class ViewNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return views().keySet().iterator();
        }
    }
}
