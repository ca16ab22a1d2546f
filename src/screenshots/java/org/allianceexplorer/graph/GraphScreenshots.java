package org.allianceexplorer.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.stage.Stage;
import org.allianceexplorer.App;
import org.allianceexplorer.app.FxTaskRunner;
import org.allianceexplorer.app.MainWindow;
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
 * Screenshots of the Relationships screen for docs/screenshots, light and dark: run with
 * {@code -Dscreenshots=DIR -Pscreenshots -Dtest=GraphScreenshots}, and {@code -Dscreenshots.db=FILE} for a generated
 * database (graph-large.png) instead of the founding case of the bundled one. Skipped otherwise.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class GraphScreenshots {

    private FxTaskRunner tasks;
    private Stage stage;
    private final String db = System.getProperty("screenshots.db", "");

    @Start
    void start(Stage stage) {
        this.stage = stage;
        tasks = App.show(stage, db.isEmpty() ? null : Path.of(db), null);
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
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("#nav-graph").tryQuery().isPresent());
        robot.clickOn("#nav-graph");
        GraphControl control = robot.lookup("#graph-control").queryAs(GraphControl.class);
        String name = db.isEmpty() ? "graph-founding-case" : "graph-large";
        if (db.isEmpty()) {
            DatePicker asOf = robot.lookup("#as-of-picker").queryAs(DatePicker.class);
            robot.interact(() -> asOf.setValue(LocalDate.of(2024, 2, 10)));
            WaitForAsyncUtils.waitFor(
                    60,
                    TimeUnit.SECONDS,
                    () -> control.getFigure() != null
                            && "As of 10 Feb 2024"
                                    .equals(control.getFigure().info().asOf()));
        } else {
            WaitForAsyncUtils.waitFor(
                    180,
                    TimeUnit.SECONDS,
                    () -> control.getFigure() != null
                            && control.getFigure().graph().nodes().size() > 100);
        }
        shot(robot, dir.resolve(name + ".png"));
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        robot.interact(() -> window.state().darkThemeProperty().set(true));
        shot(robot, dir.resolve(name + "-dark.png"));
        robot.interact(() -> window.state().darkThemeProperty().set(false));
        if (db.isEmpty()) {
            // the founding case with the parties' Urdu names, and on a laptop's screen
            robot.clickOn("#graph-view-menu");
            robot.clickOn("#graph-native-names");
            shot(robot, dir.resolve(name + "-native.png"));
            robot.interact(() -> {
                stage.setWidth(1280);
                stage.setHeight(720);
            });
            shot(robot, dir.resolve(name + "-native-1280x720.png"));
            robot.clickOn("#graph-view-menu");
            robot.clickOn("#graph-native-names");
            shot(robot, dir.resolve(name + "-1280x720.png"));
            // compare mode: what changed between New Year and mid-February 2024, MQM-P's ego network
            DatePicker asOf = robot.lookup("#as-of-picker").queryAs(DatePicker.class);
            robot.interact(() -> {
                stage.setWidth(1600);
                stage.setHeight(1000);
                asOf.setValue(LocalDate.of(2024, 2, 15));
            });
            robot.clickOn("#graph-compare");
            DatePicker from = robot.lookup("#graph-compare-from").queryAs(DatePicker.class);
            @SuppressWarnings("unchecked")
            ComboBox<String> ego = robot.lookup("#graph-ego").queryAs(ComboBox.class);
            robot.interact(() -> {
                from.setValue(LocalDate.of(2024, 1, 1));
                ego.setValue("MQM-P");
            });
            WaitForAsyncUtils.waitFor(
                    60,
                    TimeUnit.SECONDS,
                    () -> control.getFigure() != null
                            && control.getFigure().info().asOf().startsWith("1 Jan 2024"));
            shot(robot, dir.resolve("graph-compare-founding-case.png"));
            robot.interact(() -> window.state().darkThemeProperty().set(true));
            shot(robot, dir.resolve("graph-compare-founding-case-dark.png"));
            robot.interact(() -> window.state().darkThemeProperty().set(false));
        }
    }

    private void shot(FxRobot robot, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(1500);
        WaitForAsyncUtils.waitFor(
                120, TimeUnit.SECONDS, () -> !tasks.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        WindowShots.save(robot, stage, file);
    }
}
