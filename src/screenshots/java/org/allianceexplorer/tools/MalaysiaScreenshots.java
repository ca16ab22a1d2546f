package org.allianceexplorer.tools;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.allianceexplorer.App;
import org.allianceexplorer.app.FxTaskRunner;
import org.allianceexplorer.app.Settings;
import org.allianceexplorer.data.load.BundledDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Screenshots of the bundled Malaysia GE15 dataset: every screen of the window, light and dark, as
 * {@code malaysia-SCREEN-THEME.png}. Run with
 * {@code mvn -Pscreenshots test -Dtest=MalaysiaScreenshots -Dscreenshots=docs/screenshots}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+", disabledReason = "writes files: run on demand")
@ExtendWith(ApplicationExtension.class)
class MalaysiaScreenshots {

    private FxTaskRunner tasks;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        tasks = App.show(stage, null, BundledDataset.MALAYSIA_GE15, null, Settings.memory());
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void everyScreenInBothThemes(FxRobot robot) throws Exception {
        ScreenTour.settle(robot);
        assertThat(stage.getTitle()).contains("Malaysia GE15");
        // DAP in the detail pane
        ScreenTour.everyScreenInBothThemes(robot, stage, "malaysia-", "DAP");
    }
}
