package org.allianceexplorer.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.allianceexplorer.app.WrappedText;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.domain.edit.Choice;
import org.allianceexplorer.testing.LaptopWindowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The window walks the daily task: Edit this database (Ctrl+E) shows the Editing mark; Ctrl+Shift+N opens New
 * claim from any screen; typing the date and the source, choosing seat and parties, Save; the deal is selected
 * on the Seat deals screen; Edit > Undo names it and takes it away; Redo brings it back.
 */
class EditingUiTest extends LaptopWindowTest {

    @TempDir
    Path dir;

    private static Choice pick(ComboBox<Choice> box, String prefix) {
        return box.getItems().stream()
                .filter(c -> c.text().startsWith(prefix))
                .findFirst()
                .orElseThrow();
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewClaimFromTheKeyboardShowsAtOnceAndIsUndone(FxRobot robot) throws Exception {
        Path mine = EditFixture.copy(dir.resolve("mine.sqlite"));
        robot.interact(() -> window().model().open(mine));
        waitFor(() -> state().getSession() != null
                && state().getSession().database().path().equals(mine));
        Label mark = robot.lookup("#status-editing").queryAs(Label.class);
        assertThat(mark.isVisible()).isFalse();

        robot.interact(() -> state().screenProperty().set("parties"));
        robot.clickOn("#status-bar").press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitFor(() -> state().getSession().editable());
        waitFor(mark::isVisible);
        assertThat(stage.getTitle()).endsWith("(editing)");
        long deals = state().getSession().counts().get(RecordKind.DEALS);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#new-claim-save").tryQuery().isPresent());
        Button save = robot.lookup("#new-claim-save").queryButton();
        assertThat(save.isDisabled()).isTrue();
        assertThat(robot.lookup("#new-claim-seat-problem")
                        .queryAs(WrappedText.class)
                        .getText())
                .isEqualTo("Choose the seat");
        ComboBox<Choice> seat = robot.lookup("#new-claim-seat").queryAs(ComboBox.class);
        ComboBox<Choice> giver = robot.lookup("#new-claim-giver").queryAs(ComboBox.class);
        ComboBox<Choice> receiver = robot.lookup("#new-claim-receiver").queryAs(ComboBox.class);
        waitFor(() -> !seat.getItems().isEmpty());
        robot.interact(() -> {
            seat.setValue(pick(seat, "NA-242"));
            giver.setValue(pick(giver, "PPP"));
            receiver.setValue(pick(receiver, "MQM-P"));
        });
        waitFor(() -> "Syed Mustafa Kamal"
                .equals(robot.lookup("#new-claim-candidate")
                        .queryTextInputControl()
                        .getText()));
        robot.doubleClickOn("#new-claim-date").eraseText(12).write("2024-02-03");
        robot.clickOn("#new-claim-url").write("https://www.dawn.com/news/example");
        robot.clickOn("#new-claim-outlet").write("Dawn");
        robot.clickOn("#new-claim-quotation").write("=cmd|' /C calc'!A0 the PPP withdrew for the MQM-P");
        waitFor(() -> !save.isDisabled());
        robot.clickOn(save);
        waitFor(() -> robot.lookup("#new-claim-save").tryQuery().isEmpty());
        waitFor(() -> state().getSession().counts().get(RecordKind.DEALS) == deals + 1);
        assertThat(state().navigation().getCurrent().kind()).isEqualTo(RecordKind.DEALS);
        // from a table screen, the new deal is shown selected in the Seat deals table
        waitFor(() -> "deals".equals(state().screenProperty().get()));
        TableView<SeatDeal> table = robot.lookup("#deals-view .table-view").queryAs(TableView.class);
        waitFor(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().giver().equals("PPP")
                && table.getSelectionModel().getSelectedItem().seat().equals("NA-242"));

        MenuItem undo = menuItem(robot, "menu-undo");
        assertThat(undo.getText()).startsWith("Undo ").contains("NA-242");
        // Ctrl+Z in the table undoes the edit (in a text field it undoes the typing, as everywhere)
        robot.interact(table::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> state().getSession().counts().get(RecordKind.DEALS) == deals);
        assertThat(menuItem(robot, "menu-redo").getText()).startsWith("Redo ");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> state().getSession().counts().get(RecordKind.DEALS) == deals + 1);
        assertThat(Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()))
                .hasSize(1);
    }
}
