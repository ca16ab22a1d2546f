package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The window builds a screen's view when the screen is first shown (it comes up faster), and a table whose view is
 * built by a navigation to one of its records shows that record selected.
 */
class LazyScreensUiTest extends WindowTest {

    @Test
    void aScreenIsBuiltWhenItIsFirstShown(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#timeline-canvas").tryQuery()).isEmpty();
        assertThat(robot.lookup("#deals-table").tryQuery()).isEmpty();
        robot.clickOn("#nav-timeline");
        waitFor(() -> robot.lookup("#timeline-canvas").tryQuery().isPresent());
        robot.clickOn("#nav-deals");
        waitFor(() -> robot.lookup("#deals-table").tryQuery().isPresent());
    }

    @Test
    void aDealNavigatedToBeforeItsTableWasBuiltIsSelectedInIt(FxRobot robot) throws Exception {
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        waitFor(() -> window.state().getSession() != null);
        SeatDeal deal = window.state()
                .getSession()
                .repositories()
                .deals()
                .deals(RecordFilter.ALL)
                .get(5);
        assertThat(robot.lookup("#deals-table").tryQuery()).isEmpty();
        robot.interact(() -> window.state().navigation().go(new RecordRef(RecordKind.DEALS, deal.id(), deal.seat())));
        waitFor(() -> robot.lookup("#deals-table").tryQuery().isPresent());
        TableView<SeatDeal> table = robot.lookup("#deals-table").queryTableView();
        waitFor(() -> table.getSelectionModel().getSelectedItem() != null);
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(deal.id());
        assertThat(table.getSelectionModel().getSelectedItems()).hasSize(1);
    }
}
