package org.allianceexplorer.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.stage.Stage;
import org.allianceexplorer.App;
import org.allianceexplorer.app.FxTaskRunner;
import org.allianceexplorer.app.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Regenerates the screenshots in docs/screenshots: every screen of the window on the bundled dataset, in
 * the light and the dark theme. Not part of the normal build (it writes files); run it with
 * {@code mvn -Pscreenshots test -Dtest=WindowScreenshots -Dscreenshots=docs/screenshots}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+", disabledReason = "writes files: run on demand")
@ExtendWith(ApplicationExtension.class)
class WindowScreenshots {

    private FxTaskRunner tasks;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        tasks = App.show(stage, null, null);
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    /** Every screen, light and dark, with the founding case (MQM-P) in the detail pane. */
    @Test
    void everyScreenInBothThemes(FxRobot robot) throws Exception {
        ScreenTour.everyScreenInBothThemes(robot, stage, "", "MQM-P");
    }

    /** The founding case: deals as of 20 January 2024 (NA-242 before ANP switched to MQM-P). */
    @Test
    void dealsAsOfTwentiethOfJanuary(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots"));
        robot.interact(() -> stage.setWidth(1440));
        robot.interact(() -> stage.setHeight(900));
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        robot.interact(() -> window.state().screenProperty().set("deals"));
        robot.interact(() -> window.state().setAsOf(LocalDate.of(2024, 1, 20)));
        ScreenTour.settle(robot);
        Path out = dir.resolve("deals-as-of-2024-01-20-light.png");
        WindowShots.save(robot, stage, out);
        assertThat(Files.size(out)).isGreaterThan(10_000);
    }
}
