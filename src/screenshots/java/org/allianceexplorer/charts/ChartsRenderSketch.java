package org.allianceexplorer.charts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.allianceexplorer.charts.model.ChartFigureView;
import org.allianceexplorer.charts.model.ChartKind;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.figure.ExportRequest;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureExporter;
import org.allianceexplorer.figure.FigureFormat;
import org.allianceexplorer.testing.BundledDb;

/** Writes every chart of the bundled dataset to a folder to look at: {@code ChartsRenderSketch DIR [WIDTH]}. */
public final class ChartsRenderSketch {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/charts-sketch");
        double width = args.length > 1 ? Double.parseDouble(args[1]) : 1200;
        Files.createDirectories(dir);
        try (Database db = BundledDb.open()) {
            Repositories r = Repositories.of(db);
            LocalDate day = LocalDate.of(2024, 2, 14);
            write(
                    dir,
                    "ledger-pair",
                    new ChartFigureView(ChartKind.LEDGER)
                            .build(r, new ExportRequest(day, null, null, List.of("MQM-P", "ANP"), null, 1)),
                    width);
            write(
                    dir,
                    "ledger-mqmp",
                    new ChartFigureView(ChartKind.LEDGER)
                            .build(r, new ExportRequest(day, null, null, List.of("MQM-P"), null, 1)),
                    width);
            write(
                    dir,
                    "ledger-all",
                    new ChartFigureView(ChartKind.LEDGER)
                            .build(r, new ExportRequest(null, null, null, List.of(), null, 1)),
                    width);
            write(
                    dir,
                    "outcomes",
                    new ChartFigureView(ChartKind.OUTCOMES)
                            .build(r, new ExportRequest(day, null, null, List.of(), null, 1)),
                    width);
            write(
                    dir,
                    "results",
                    new ChartFigureView(ChartKind.RESULTS)
                            .build(r, new ExportRequest(day, null, null, List.of(), null, 1)),
                    width);
            write(
                    dir,
                    "results-latest",
                    new ChartFigureView(ChartKind.RESULTS)
                            .build(r, new ExportRequest(null, null, null, List.of(), null, 1)),
                    width);
            write(
                    dir,
                    "membership",
                    new ChartFigureView(ChartKind.MEMBERSHIP)
                            .build(r, new ExportRequest(null, null, null, List.of(), null, 1)),
                    width);
        }
    }

    private static void write(Path dir, String name, Figure f, double width) throws Exception {
        for (FigureFormat fmt : FigureFormat.values()) {
            FigureExporter.write(f, fmt, dir.resolve(name + "." + fmt.extension()), new FigureExporter.Size(width, 1));
        }
    }
}
