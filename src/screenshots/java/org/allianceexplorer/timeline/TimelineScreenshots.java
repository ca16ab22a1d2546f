package org.allianceexplorer.timeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.allianceexplorer.App;
import org.allianceexplorer.app.FxTaskRunner;
import org.allianceexplorer.app.MainWindow;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.timeline.model.TimeRange;
import org.allianceexplorer.tools.WindowShots;
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
 * {@code -Dscreenshots=DIR -Pscreenshots -Dtest=TimelineScreenshots}. Skipped otherwise.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
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
        Path dir = Path.of(System.getProperty("screenshots"));
        Files.createDirectories(dir);
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#nav-timeline").tryQuery().isPresent());
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
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
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

    /**
     * The founding case at laptop sizes (the window made small after being large): 1280x720 in both themes,
     * the top and the bottom of the lanes; then with MQM-P in the detail pane at 1366x728, 1280x720 and 1024x700.
     */
    @Test
    void laptop(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots"));
        Files.createDirectories(dir);
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#nav-timeline").tryQuery().isPresent());
        robot.clickOn("#nav-timeline");
        TimelineControl c = robot.lookup("#timeline").queryAs(TimelineControl.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !c.getData().isEmpty());
        shot(robot, dir.resolve("timeline-1600x1000.png"));
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> {
                window.state().darkThemeProperty().set(dark);
                c.setVisibleRange(TimeRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29)));
                c.asOfProperty().set(LocalDate.of(2024, 2, 14));
                c.setScrollY(0);
            });
            shot(robot, dir.resolve("timeline-1280x720" + (dark ? "-dark" : "-light") + ".png"));
            robot.interact(() -> c.setScrollY(10_000));
            shot(robot, dir.resolve("timeline-1280x720" + (dark ? "-dark" : "-light") + "-bottom.png"));
        }
        robot.interact(() -> {
            c.setScrollY(0);
            long id = window.state()
                    .getSession()
                    .repositories()
                    .parties()
                    .party("MQM-P")
                    .orElseThrow()
                    .id();
            window.state().navigation().go(new RecordRef(RecordKind.PARTIES, id, "MQM-P"));
        });
        for (int[] wh : new int[][] {{1366, 728}, {1280, 720}, {1024, 700}}) {
            robot.interact(() -> {
                stage.setWidth(wh[0]);
                stage.setHeight(wh[1]);
            });
            shot(robot, dir.resolve("timeline-" + wh[0] + "x" + wh[1] + "-selected.png"));
        }
        robot.interact(() -> window.state().darkThemeProperty().set(false));
    }

    private void shot(FxRobot robot, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        WindowShots.save(robot, stage, file);
    }
}
