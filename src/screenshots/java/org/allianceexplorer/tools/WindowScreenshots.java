package org.allianceexplorer.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
        // the founding case in the detail pane: MQM-P
        robot.interact(() -> {
            long id = window.state()
                    .getSession()
                    .repositories()
                    .parties()
                    .party("MQM-P")
                    .orElseThrow()
                    .id();
            window.state().navigation().go(new RecordRef(RecordKind.PARTIES, id, "MQM-P"));
        });
        for (boolean dark : new boolean[] {false, true}) {
            setDark(robot, dark);
            for (Screen s : List.copyOf(nav.getItems())) {
                robot.interact(() -> nav.getSelectionModel().select(s));
                settle(robot);
                Path out = dir.resolve(s.id() + (dark ? "-dark" : "-light") + ".png");
                snapshot(robot, out);
                written.add(out);
            }
        }
        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(10_000));
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
        settle(robot);
        Path out = dir.resolve("deals-as-of-2024-01-20-light.png");
        snapshot(robot, out);
        assertThat(Files.size(out)).isGreaterThan(10_000);
    }

    private void setDark(FxRobot robot, boolean dark) throws Exception {
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        robot.interact(() -> window.state().darkThemeProperty().set(dark));
        settle(robot);
    }

    /** Waits until background work is done and the scene has been laid out. */
    private static void settle(FxRobot robot) throws Exception {
        ProgressBar busy = robot.lookup("#status-progress").queryAs(ProgressBar.class);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !busy.isVisible());
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void snapshot(FxRobot robot, Path out) throws Exception {
        WindowShots.save(robot, stage, out);
    }
}
