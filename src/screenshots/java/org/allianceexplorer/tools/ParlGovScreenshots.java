package org.allianceexplorer.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.allianceexplorer.App;
import org.allianceexplorer.app.FxTaskRunner;
import org.allianceexplorer.app.MainWindow;
import org.allianceexplorer.app.Settings;
import org.allianceexplorer.data.imports.parlgov.ParlGovImport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Elections screen on a ParlGov import (the Netherlands and New Zealand from {@code ../shared/data/parlgov}):
 * an election with national results by party, light and dark, as {@code parlgov-elections-THEME.png}. Run with
 * {@code mvn -Pscreenshots test -Dtest=ParlGovScreenshots -Dscreenshots=DIR}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+", disabledReason = "writes files: run on demand")
@ExtendWith(ApplicationExtension.class)
class ParlGovScreenshots {

    private FxTaskRunner tasks;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path db = Files.createTempDirectory("ae-parlgov").resolve("parlgov.sqlite");
        ParlGovImport.toNewFile(
                Path.of("../shared/data/parlgov"), db, new ParlGovImport.Options(List.of("NLD", "NZL"), null), s -> {});
        tasks = App.show(stage, db, null, Settings.memory());
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void electionsWithNationalResults(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots"));
        Files.createDirectories(dir);
        ScreenTour.settle(robot);
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        robot.interact(() -> stage.setWidth(1280));
        robot.interact(() -> stage.setHeight(720));
        robot.interact(() -> window.state().screenProperty().set("elections"));
        ScreenTour.settle(robot);
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> window.state().darkThemeProperty().set(dark));
            robot.clickOn(robot.lookup("#elections-list .list-cell").nth(1).queryLabeled());
            ScreenTour.settle(robot);
            Path out = dir.resolve("parlgov-elections" + (dark ? "-dark" : "-light") + ".png");
            WindowShots.save(robot, stage, out);
            assertThat(Files.size(out)).isGreaterThan(10_000);
        }
        assertThat(robot.lookup("#national-results").query().isVisible()).isTrue();
    }
}
