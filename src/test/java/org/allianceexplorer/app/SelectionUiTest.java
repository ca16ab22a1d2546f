package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.testing.BundledCounts;
import org.allianceexplorer.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The app's selected record survives changes of the as-of date (issue 9, defect 2), in the real window. */
class SelectionUiTest extends WindowTest {

    /** Clicks the row at this position of a table, as a user would. */
    private static void clickRow(FxRobot robot, TableView<?> table, int index) throws Exception {
        robot.interact(() -> table.scrollTo(index));
        TableRow<?> row = robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == index && !r.isEmpty())
                .findFirst()
                .orElseThrow();
        robot.clickOn(row);
        waitFor(() -> table.getSelectionModel().getSelectedIndex() == index);
    }

    private static void typeAsOf(FxRobot robot, String text) {
        robot.doubleClickOn("#as-of-picker");
        robot.interact(() -> robot.lookup("#as-of-picker")
                .queryAs(DateField.class)
                .getEditor()
                .selectAll());
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void changingTheAsOfDateKeepsTheSelectedDeal(FxRobot robot) throws Exception {
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        AppState state = window.state();
        robot.clickOn("#nav-people");
        TableView<?> people = robot.lookup("#people-table").queryTableView();
        waitFor(() -> people.getItems().size() > 5);
        clickRow(robot, people, 3);
        assertThat(state.navigation().getCurrent().kind()).isEqualTo(RecordKind.PEOPLE);

        robot.clickOn("#nav-deals");
        TableView<?> deals = robot.lookup("#deals-table").queryTableView();
        waitFor(() -> deals.getItems().size() == BundledCounts.DEALS);
        clickRow(robot, deals, 2);
        RecordRef deal = state.navigation().getCurrent();
        assertThat(deal.kind()).isEqualTo(RecordKind.DEALS);

        for (String date : new String[] {"2024-01-20", "2023-12-16", "2024-02-05", "2024-02-14"}) {
            typeAsOf(robot, date);
            waitFor(() -> !tasks.busyProperty().get());
            assertThat(state.getAsOf()).hasToString(date);
            assertThat(state.navigation().getCurrent())
                    .as("selection after as-of " + date)
                    .isEqualTo(deal);
        }
        robot.clickOn("#as-of-latest");
        waitFor(() -> !tasks.busyProperty().get());
        assertThat(state.getAsOf()).isNull();
        assertThat(state.navigation().getCurrent()).isEqualTo(deal);
        // the deals table shows the app's record selected again
        waitFor(() -> deals.getSelectionModel().getSelectedItem() != null);
        assertThat(deals.getSelectionModel().getSelectedItems()).hasSize(1);
    }
}
