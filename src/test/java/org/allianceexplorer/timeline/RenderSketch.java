package org.allianceexplorer.timeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.allianceexplorer.figure.ExportRequest;
import org.allianceexplorer.figure.FigureExporter;
import org.allianceexplorer.figure.FigureFormat;
import org.allianceexplorer.timeline.model.TimelineData;

/** Writes sample exports to a folder to look at: {@code RenderSketch DIR}. */
public final class RenderSketch {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/timeline-sketch");
        Files.createDirectories(dir);
        TimelineData data = TimelineFixtures.bundled();
        var fc = TimelineFigureView.figure(
                data,
                new ExportRequest(
                        LocalDate.of(2024, 2, 10),
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 2, 20),
                        List.of(),
                        null,
                        1));
        for (FigureFormat f : FigureFormat.values()) {
            FigureExporter.write(fc, f, dir.resolve("founding." + f.extension()), new FigureExporter.Size(1400, 1));
        }
        var all = TimelineFigureView.figure(
                data,
                new ExportRequest(null, LocalDate.of(1977, 1, 1), LocalDate.of(2024, 12, 31), List.of(), null, 1));
        FigureExporter.write(all, FigureFormat.PNG, dir.resolve("decades.png"), new FigureExporter.Size(1400, 1));
        var mq = TimelineFigureView.figure(data, new ExportRequest(null, null, null, List.of("MQM-P", "ANP"), null, 1));
        FigureExporter.write(mq, FigureFormat.PNG, dir.resolve("mqm-anp.png"), new FigureExporter.Size(1200, 1));
    }
}
