package org.allianceexplorer.timeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.allianceexplorer.App;
import org.allianceexplorer.app.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of the main window on the Timeline screen, for docs/screenshots: run with
 * {@code -Dae.screenshots=DIR -Dtest=TimelineScreenshots}. Skipped otherwise.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "ae.screenshots", matches = ".+")
class TimelineScreenshots {

    private FxTaskRunner tasks;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        tasks = App.show(stage, null, null);
        stage.setWidth(1600);
        stage.setHeight(1000);
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void shoot(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("ae.screenshots"));
        Files.createDirectories(dir);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-timeline").tryQuery().isPresent());
        robot.clickOn("#nav-timeline");
        TimelineControl c = robot.lookup("#timeline").queryAs(TimelineControl.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !c.getData().isEmpty());
        robot.interact(() -> {
            c.setVisibleRange(TimeRange.of(LocalDate.of(2024, 1, 6), LocalDate.of(2024, 2, 17)));
            c.asOfProperty().set(LocalDate.of(2024, 2, 14));
        });
        shot(robot, dir.resolve("timeline-founding-case.png"));
        robot.interact(() -> {
            c.setVisibleRange(TimeRange.of(LocalDate.of(1977, 1, 1), LocalDate.of(2024, 12, 31)));
            c.asOfProperty().set(null);
        });
        shot(robot, dir.resolve("timeline-decades.png"));
        robot.clickOn("#timeline-by-party");
        shot(robot, dir.resolve("timeline-by-party.png"));
        robot.clickOn("#timeline-by-party");
        // the dark theme, to check legibility (not in docs/screenshots)
        org.allianceexplorer.app.MainWindow window = robot.lookup("#main-window")
                .queryAs(org.allianceexplorer.app.MainWindow.class);
        robot.interact(() -> window.state().darkThemeProperty().set(true));
        robot.interact(() -> {
            c.setVisibleRange(TimeRange.of(LocalDate.of(2024, 1, 6), LocalDate.of(2024, 2, 17)));
            c.asOfProperty().set(LocalDate.of(2024, 2, 14));
        });
        shot(robot, dir.resolve("timeline-founding-case-dark.png"));
        robot.interact(() -> {
            c.setVisibleRange(TimeRange.of(LocalDate.of(1977, 1, 1), LocalDate.of(2024, 12, 31)));
            c.asOfProperty().set(null);
        });
        shot(robot, dir.resolve("timeline-decades-dark.png"));
        robot.interact(() -> window.state().darkThemeProperty().set(false));
    }

    private void shot(FxRobot robot, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        org.allianceexplorer.tools.WindowShots.save(robot, stage, file);
    }
}
