package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.allianceexplorer.App;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.table.RecordTableScreen;
import org.allianceexplorer.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The window builds a screen's view-model and view when the screen is first shown (it comes up faster), its first
 * frame is its frame alone (the content is built just after), and a table whose view is built by a navigation to one
 * of its records shows that record selected.
 */
class LazyScreensUiTest extends WindowTest {

    @Test
    void theFirstFrameIsTheWindowsFrameAndItsContentFollows(FxRobot robot) throws Exception {
        Stage[] second = {null};
        FxTaskRunner[] runner = {null};
        List<String> before = new ArrayList<>();
        robot.interact(() -> {
            second[0] = new Stage();
            runner[0] = App.show(second[0], null, null, WindowTest.windowOf(1280, 720));
            // still in the same FX event: the window is shown, its first pulse not yet run
            Parent root = second[0].getScene().getRoot();
            before.add("menus " + (root.lookup(".menu-bar") != null));
            before.add("navigation " + (root.lookup("#navigation") != null));
            before.add("screen "
                    + ((Pane) root.lookup("#screen-area")).getChildren().size());
            before.add("detail "
                    + ((Pane) root.lookup("#detail-area")).getChildren().size());
            before.add("filled " + ((MainWindow) root).filledProperty().get());
        });
        try {
            assertThat(before).containsExactly("menus true", "navigation true", "screen 0", "detail 0", "filled false");
            MainWindow w = (MainWindow) second[0].getScene().getRoot();
            waitFor(() -> w.filledProperty().get());
            assertThat(((Pane) w.lookup("#screen-area")).getChildren()).hasSize(1);
            assertThat(((Pane) w.lookup("#detail-area")).getChildren()).hasSize(1);
            assertThat(w.lookup("#parties-view")).isNotNull();
            waitFor(() -> w.state().getSession() != null);
        } finally {
            runner[0].close();
            robot.interact(second[0]::close);
        }
    }

    @Test
    void aTableScreensViewModelIsMadeWhenTheScreenIsFirstShown(FxRobot robot) throws Exception {
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        waitFor(() -> window.state().getSession() != null);
        @SuppressWarnings("unchecked")
        List<Screen> screens =
                robot.lookup("#navigation").queryAs(ListView.class).getItems();
        List<String> made = screens.stream()
                .filter(s -> s instanceof RecordTableScreen t && t.isMade())
                .map(Screen::id)
                .toList();
        assertThat(made).as("only the screen shown").containsExactly("parties");

        robot.clickOn("#nav-deals");
        waitFor(() -> robot.lookup("#deals-table").tryQuery().isPresent());
        RecordTableScreen deals = (RecordTableScreen) window.currentScreen().orElseThrow();
        assertThat(deals.isMade()).isTrue();
        waitFor(() -> !deals.table().shown().isEmpty());
    }

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
