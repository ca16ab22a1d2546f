package org.allianceexplorer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.allianceexplorer.app.MainWindow;
import org.allianceexplorer.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The search results popup shows only while the user searches (issue 9, defect 9), in the real window. */
class SearchPopupUiTest extends WindowTest {

    private static boolean popupShowing(FxRobot robot) {
        return robot.lookup("#search-results")
                .tryQuery()
                .map(Node::getScene)
                .map(s -> s.getWindow().isShowing())
                .orElse(false);
    }

    private static void search(FxRobot robot, String text) throws Exception {
        robot.clickOn("#global-search");
        robot.interact(
                () -> robot.lookup("#global-search").queryAs(TextField.class).selectAll());
        robot.write(text);
        waitFor(() -> popupShowing(robot));
    }

    @Test
    void latestADateOrAnotherScreenCloseTheResultsForGood(FxRobot robot) throws Exception {
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        waitFor(() -> robot.lookup("#status-text").queryLabeled().getText().contains("parties"));
        robot.interact(() -> window.state().setAsOf(LocalDate.of(2024, 1, 20)));

        search(robot, "Mustafa Kamal");
        robot.type(KeyCode.ENTER); // opens the first result; the popup closes
        waitFor(() -> !popupShowing(robot));
        robot.clickOn("#as-of-latest");
        waitFor(() -> !tasks.busyProperty().get());
        assertThat(window.state().getAsOf()).isNull();
        assertThat(popupShowing(robot)).as("Latest does not reopen the results").isFalse();

        robot.interact(() -> window.state().setAsOf(LocalDate.of(2024, 1, 20)));
        search(robot, "Mustafa Kamal");
        robot.clickOn("#as-of-latest"); // one click closes the results and clears the date
        waitFor(() -> !tasks.busyProperty().get());
        assertThat(window.state().getAsOf()).isNull();
        assertThat(popupShowing(robot)).as("Latest does not reopen the results").isFalse();

        search(robot, "ANP");
        robot.interact(() -> window.state().setAsOf(LocalDate.of(2024, 2, 5)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(popupShowing(robot)).as("a new date closes them").isFalse();

        search(robot, "MQM");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitFor(() -> "deals".equals(window.state().screenProperty().get()));
        assertThat(popupShowing(robot)).as("another screen closes them").isFalse();
        robot.clickOn("#nav-timeline");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(popupShowing(robot))
                .as("and they stay closed across screens")
                .isFalse();

        // the user can ask for them again in the field
        robot.clickOn("#global-search").type(KeyCode.DOWN);
        waitFor(() -> popupShowing(robot));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(popupShowing(robot)).isFalse();
    }
}
