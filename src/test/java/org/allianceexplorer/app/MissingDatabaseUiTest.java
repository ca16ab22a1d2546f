package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.allianceexplorer.App;
import org.allianceexplorer.data.load.BundledDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window started after the last database went missing says so, without a dialog (issue 9, defect 26). */
@ExtendWith(ApplicationExtension.class)
class MissingDatabaseUiTest {

    private static final Path GONE = Path.of(System.getProperty("java.io.tmpdir"), "no-such-folder-ae", "mine.sqlite")
            .toAbsolutePath();

    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        Settings settings = Settings.memory();
        settings.put("recent.0", GONE.toString());
        settings.put("recent.bundled-last", "false");
        tasks = App.show(stage, null, null, settings);
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void theStatusBarAndANoticeNameTheMissingFile(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> robot.lookup("#notice").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#notice-text").queryAs(WrappedText.class).getText())
                .contains(GONE.toString())
                .contains("bundled dataset");
        assertThat(robot.lookup("#status-notice").queryLabeled().getText()).contains(GONE.toString());
        assertThat(robot.lookup("#status-notice").query().isVisible()).isTrue();
        assertThat(robot.lookup("#error-dialog").tryQuery())
                .as("nothing to close first")
                .isEmpty();
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.state().getSession() != null);
        assertThat(window.state().getSession().name()).isEqualTo(BundledDataset.NAME);
        robot.clickOn("#notice-close");
        assertThat(robot.lookup("#notice").query().isVisible()).isFalse();
    }
}
