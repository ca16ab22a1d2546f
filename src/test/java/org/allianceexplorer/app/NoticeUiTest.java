package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.allianceexplorer.table.RecordTableScreen;
import org.allianceexplorer.testing.BundledCounts;
import org.allianceexplorer.testing.LaptopWindowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Notices: a CSV export says where the file went without squeezing the table's tools, then goes (issue 9, defect 13). */
class NoticeUiTest extends LaptopWindowTest {

    /** A window of its own at 1280x720: TestFX's primary stage is shared, and must not keep this size. */

    /** The text a labeled control shows (its "…" when cut), as drawn. */
    private static String shown(Labeled l) {
        return l.lookupAll(".text").stream()
                .filter(Text.class::isInstance)
                .map(n -> ((Text) n).getText())
                .findFirst()
                .orElse("");
    }

    @Test
    void anExportSaysWhereTheFileWentAndLeavesTheToolsAlone(FxRobot robot, @TempDir Path dir) throws Exception {
        MainWindow window =
                robot.from(stage.getScene().getRoot()).lookup("#main-window").queryAs(MainWindow.class);
        robot.interact(() -> window.setNoticeDuration(Duration.seconds(2)));
        robot.clickOn(
                robot.from(stage.getScene().getRoot()).lookup("#nav-deals").queryAs(Node.class));
        TableView<?> table =
                robot.from(stage.getScene().getRoot()).lookup("#deals-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == BundledCounts.DEALS);
        MenuButton columns =
                robot.from(stage.getScene().getRoot()).lookup("#deals-columns").queryAs(MenuButton.class);
        double before = columns.getWidth();
        assertThat(shown(columns)).isEqualTo("Columns");

        RecordTableScreen deals = (RecordTableScreen) window.currentScreen().orElseThrow();
        Path out = dir.resolve("a folder with a long name for the export").resolve("seat-deals-2024.csv");
        Files.createDirectories(out.getParent());
        robot.interact(() -> deals.table().exportCsv(out));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> Files.exists(out)
                        && robot.from(stage.getScene().getRoot())
                                .lookup("#notice")
                                .query()
                                .isVisible());
        WaitForAsyncUtils.waitForFxEvents();

        String expected = "Exported " + BundledCounts.DEALS + " rows to " + out.toAbsolutePath();
        assertThat(robot.from(stage.getScene().getRoot())
                        .lookup("#notice-text")
                        .queryAs(WrappedText.class)
                        .getText())
                .isEqualTo(expected);
        assertThat(robot.from(stage.getScene().getRoot())
                        .lookup("#status-notice")
                        .queryLabeled()
                        .getText())
                .isEqualTo(expected);
        assertThat(robot.from(stage.getScene().getRoot())
                        .lookup("#status-notice")
                        .query()
                        .isVisible())
                .isTrue();
        assertThat(shown(columns)).as("the Columns button keeps its name").isEqualTo("Columns");
        assertThat(columns.getWidth()).isEqualTo(before);
        Node notice = robot.from(stage.getScene().getRoot()).lookup("#notice").query();
        assertThat(notice.localToScene(notice.getBoundsInLocal()).getMaxX())
                .isLessThanOrEqualTo(stage.getScene().getWidth());

        // and it goes away by itself; the status bar shows the database again
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !robot.from(stage.getScene().getRoot())
                        .lookup("#notice")
                        .query()
                        .isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(stage.getScene().getRoot())
                        .lookup("#status-notice")
                        .query()
                        .isVisible())
                .isFalse();
        assertThat(robot.from(stage.getScene().getRoot())
                        .lookup("#status-text")
                        .query()
                        .isVisible())
                .isTrue();
    }
}
