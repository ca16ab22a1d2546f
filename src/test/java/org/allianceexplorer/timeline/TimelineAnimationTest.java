package org.allianceexplorer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.figure.ExportRequest;
import org.allianceexplorer.figure.FigureAnimation;
import org.allianceexplorer.figure.FigureExporter;
import org.allianceexplorer.figure.FigureFrame;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.TimeStep;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The timeline in motion: one window, the as-of cursor on each frame's day. */
class TimelineAnimationTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    @Test
    void theCursorAndTheStampMoveAndNothingElse() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 3, 1);
        List<LocalDate> days = TimeStep.parse("2w").days(from, to);
        TimelineAnimation a = new TimelineFigureView()
                .animate(
                        bundled.repositories(),
                        new ExportRequest(null, from, to, List.of("MQM-P", "ANP"), null, 1),
                        days,
                        FigureAnimation.Progress.NONE);
        assertThat(a.days()).hasSize(6).endsWith(to);
        double height = a.height(1000);
        for (int i = 0; i < days.size(); i++) {
            TimelineFigure f = a.frame(i);
            assertThat(f.viewport().asOf()).isEqualTo(days.get(i));
            assertThat(f.info().asOf())
                    .isEqualTo("As of " + PartialDate.of(days.get(i)).display());
            // the window is the whole range on every frame; only the cursor moves along it
            assertThat(f.viewport().range().firstDay()).isEqualTo(from);
            assertThat(f.viewport().range().lastDay()).isEqualTo(to);
            assertThat(FigureFrame.height(f, 1000)).isEqualTo(height);
            assertThat(f.info().legend()).isEqualTo(a.frame(0).info().legend());
            assertThat(f.info().credits()).isEqualTo(a.frame(0).info().credits());
        }
        TimelineFigure first = a.frame(0);
        TimelineFigure second = a.frame(1);
        FigureExporter.image(first, 1000, height, 1, FigureStyle.print());
        FigureExporter.image(second, 1000, height, 1, FigureStyle.print());
        assertThat(second.cursorX()).isGreaterThan(first.cursorX());
    }
}
