package org.allianceexplorer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.generate.SyntheticDatabase;
import org.allianceexplorer.timeline.model.DensityBins;
import org.allianceexplorer.timeline.model.TimelineItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline screen on a database too large to draw claim by claim (headless): density bands with bars that
 * say what they count, and a click on a bar zooms in to it, down to bars of single days.
 */
@ExtendWith(ApplicationExtension.class)
class DensityBandsUiTest {

    private Database db;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Path file = Files.createTempDirectory("density-ui").resolve("large.sqlite");
        SyntheticDatabase.generate(file, new SyntheticDatabase.Size(12, 12_000, 3, 8_000), 5);
        AppState state = new AppState();
        db = Database.openReadOnly(file);
        state.sessionProperty().set(Session.of(db));
        TimelineScreen screen = new TimelineScreen(state, TaskRunner.immediate());
        stage.setScene(new Scene((Parent) screen.view(), 1400, 900));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Hit.Item densest(TimelineFigure f) {
        return f.hits().stream()
                .filter(h -> h instanceof Hit.Item i && i.item().kind() == TimelineItem.Kind.DENSITY)
                .map(h -> (Hit.Item) h)
                .max((a, b) -> Long.compare(a.item().count(), b.item().count()))
                .orElseThrow();
    }

    @Test
    void aClickOnABarZoomsInToItUntilTheBarsAreDays(FxRobot robot) throws Exception {
        TimelineControl c = robot.lookup("#timeline").queryAs(TimelineControl.class);
        robot.interact(c::fitAll);
        TimelineSkin skin = TimelineFixtures.paintedSkin(robot);
        Hit.Item bar = densest(skin.lastFigure());
        assertThat(bar.tooltip()).contains("seat-deal claims in").contains("Click to zoom in");
        Canvas canvas = robot.lookup("#timeline-canvas").queryAs(Canvas.class);
        for (int step = 0; step < 4 && bar.item().end() > bar.item().start(); step++) {
            long start = bar.item().start();
            long end = bar.item().end();
            robot.clickOn(
                    canvas.localToScreen(bar.bounds().getCenterX(), bar.bounds().getCenterY()));
            WaitForAsyncUtils.waitForFxEvents();
            // the view is the bar's period (a day's bar: its week), a day either side
            assertThat(c.getVisibleRange().firstDay()).isEqualTo(LocalDate.ofEpochDay(start - 1));
            assertThat(c.getVisibleRange().lastDay().toEpochDay()).isLessThanOrEqualTo(Math.max(end, start + 6) + 1);
            skin = TimelineFixtures.paintedSkin(robot);
            bar = densest(skin.lastFigure());
        }
        assertThat(DensityBins.unit(skin.lastFigure().axis().pixelsPerDay())).isEqualTo(DensityBins.Unit.DAY);
        assertThat(bar.item().end()).as("a bar of one day").isEqualTo(bar.item().start());
        assertThat(skin.lastFigure().labels()).contains(bar.item().label());
    }
}
