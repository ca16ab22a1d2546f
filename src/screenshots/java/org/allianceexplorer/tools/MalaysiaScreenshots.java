package org.allianceexplorer.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.allianceexplorer.App;
import org.allianceexplorer.app.FxTaskRunner;
import org.allianceexplorer.app.MainWindow;
import org.allianceexplorer.app.Screen;
import org.allianceexplorer.app.Settings;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

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
        Path dir = Path.of(System.getProperty("screenshots"));
        Files.createDirectories(dir);
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        @SuppressWarnings("unchecked")
        ListView<Screen> nav = robot.lookup("#navigation").queryAs(ListView.class);
        List<Path> written = new ArrayList<>();
        robot.interact(() -> stage.setWidth(1440));
        robot.interact(() -> stage.setHeight(900));
        settle(robot);
        assertThat(stage.getTitle()).contains("Malaysia GE15");
        // DAP in the detail pane
        robot.interact(() -> {
            long id = window.state()
                    .getSession()
                    .repositories()
                    .parties()
                    .party("DAP")
                    .orElseThrow()
                    .id();
            window.state().navigation().go(new RecordRef(RecordKind.PARTIES, id, "DAP"));
        });
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> window.state().darkThemeProperty().set(dark));
            settle(robot);
            for (Screen s : List.copyOf(nav.getItems())) {
                robot.interact(() -> nav.getSelectionModel().select(s));
                settle(robot);
                Path out = dir.resolve("malaysia-" + s.id() + (dark ? "-dark" : "-light") + ".png");
                WindowShots.save(robot, stage, out);
                written.add(out);
            }
        }
        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(10_000));
    }

    private static void settle(FxRobot robot) throws Exception {
        ProgressBar busy = robot.lookup("#status-progress").queryAs(ProgressBar.class);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !busy.isVisible());
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
