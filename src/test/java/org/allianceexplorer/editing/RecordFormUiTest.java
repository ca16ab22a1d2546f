package org.allianceexplorer.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.allianceexplorer.app.WrappedText;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.testing.LaptopWindowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The window walks the forms: add a party from Edit > New record (messages beside the fields as typed, a new
 * source typed inline); change a membership's end date from its page in the detail pane, the source picked by
 * typing its outlet; delete an alliance with its memberships after the confirmation names them; each undone
 * with Ctrl+Z and made again with Ctrl+Shift+Z.
 */
class RecordFormUiTest extends LaptopWindowTest {

    @TempDir
    Path dir;

    private long count(RecordKind kind) {
        return state().getSession().counts().get(kind);
    }

    private Database db() {
        return state().getSession().database();
    }

    private MenuItem newRecordItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> i instanceof Menu && "menu-new-record".equals(i.getId()))
                .flatMap(m -> ((Menu) m).getItems().stream())
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    private void openCopyForEditing(FxRobot robot) throws Exception {
        Path mine = EditFixture.copy(dir.resolve("mine.sqlite"));
        robot.interact(() -> window().model().open(mine));
        waitFor(() -> state().getSession() != null
                && state().getSession().database().path().equals(mine));
        robot.clickOn("#status-bar").press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitFor(() -> state().getSession().editable());
    }

    private void undoRedo(FxRobot robot, RecordKind kind, long before, long after) throws Exception {
        robot.interact(() -> robot.lookup("#status-bar").query().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> count(kind) == before);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> count(kind) == after);
    }

    private static boolean formOpen(FxRobot robot) {
        return robot.lookup("#form-save").tryQuery().isPresent();
    }

    @Test
    void addAPartyWithItsSourceThenUndoAndRedo(FxRobot robot) throws Exception {
        openCopyForEditing(robot);
        long parties = count(RecordKind.PARTIES);
        robot.interact(() -> newRecordItem(robot, "menu-new-party").fire());
        waitFor(() -> formOpen(robot));
        Button save = robot.lookup("#form-save").queryButton();
        assertThat(save.isDisabled()).isTrue();
        assertThat(robot.lookup("#form-abbreviation-problem")
                        .queryAs(WrappedText.class)
                        .getText())
                .isEqualTo("Abbreviation is required");

        fill(robot, "#form-abbreviation", "TLP-2");
        fill(robot, "#form-name", "Tehreek-e-Labbaik (test)");
        fill(robot, "#form-colour", "teal");
        WrappedText colourProblem = robot.lookup("#form-colour-problem").queryAs(WrappedText.class);
        waitFor(() -> colourProblem.isVisible() && colourProblem.getText().contains("#RRGGBB"));
        robot.interact(
                () -> robot.lookup("#form-colour").queryAs(TextField.class).clear());
        fill(robot, "#form-colour", "#00897B");
        waitFor(() -> !colourProblem.isVisible());
        fill(robot, "#form-founded", "2015-08");
        waitFor(() -> "month: Aug 2015"
                .equals(robot.lookup("#form-founded-precision")
                        .queryAs(Label.class)
                        .getText()));
        assertThat(save.isDisabled()).isTrue(); // no source yet
        assertThat(robot.lookup("#form-cite-problem").queryAs(WrappedText.class).getText())
                .contains("cites a source");
        robot.interact(() -> robot.lookup("#form-cite-new").query().requestFocus());
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        fill(robot, "#form-cite-url", "https://www.dawn.com/news/example-tlp");
        fill(robot, "#form-cite-outlet", "Dawn");
        fill(robot, "#form-cite-quotation", "'; DROP TABLE party; -- the party was founded in August 2015");
        waitFor(() -> !save.isDisabled());
        robot.interact(save::requestFocus);
        robot.clickOn(save);
        waitFor(() -> !formOpen(robot));
        waitFor(() -> count(RecordKind.PARTIES) == parties + 1);
        // the new party is shown in the detail pane at once
        waitFor(() -> robot.lookup("#detail-title").tryQuery().isPresent()
                && "TLP-2"
                        .equals(robot.lookup("#detail-title")
                                .queryAs(WrappedText.class)
                                .getText()));
        assertThat(robot.lookup("#detail-subtitle").queryAs(WrappedText.class).getText())
                .contains("Tehreek-e-Labbaik (test)");
        assertThat(EditFixture.text(db(), "SELECT colour FROM party WHERE abbreviation = 'TLP-2'"))
                .isEqualTo("#00897B");

        undoRedo(robot, RecordKind.PARTIES, parties, parties + 1);
        assertThat(Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()))
                .hasSize(1);
    }

    @Test
    void changeAMembershipsEndDateFromTheDetailPane(FxRobot robot) throws Exception {
        openCopyForEditing(robot);
        long m = EditFixture.id(db(), "SELECT min(id) FROM membership WHERE to_date IS NULL");
        robot.interact(() -> state().navigation().go(new RecordRef(RecordKind.MEMBERSHIPS, m, null)));
        waitFor(() -> robot.lookup("#detail-change").tryQuery().isPresent()
                && robot.lookup("#detail-change").query().isVisible());
        // while editing, its sources can be added to and removed
        assertThat(robot.lookup("#detail-cite").query().isVisible()).isTrue();
        assertThat(robot.lookup(".detail-uncite").queryAll()).isNotEmpty();
        robot.clickOn("#detail-change");
        waitFor(() -> formOpen(robot));
        TextField party = robot.lookup("#form-party_id").queryAs(TextField.class);
        waitFor(() -> party.getText().contains("\u2014")); // the link shows the party, not its id
        Button save = robot.lookup("#form-save").queryButton();
        assertThat(save.isDisabled()).isTrue(); // nothing changed yet

        // typing over the picked party drops the pick and keeps what is typed (a message says to pick one);
        // typing its abbreviation again, Down and Enter pick it back
        String abbreviation = party.getText().substring(0, party.getText().indexOf("  \u2014  "));
        robot.interact(party::selectAll);
        fill(robot, "#form-party_id", abbreviation);
        waitFor(() -> party.getText().equals(abbreviation)
                && robot.lookup(".link-picker-list").tryQuery().isPresent()
                && robot.lookup(".link-picker-list").query().isVisible());
        assertThat(robot.lookup("#form-party_id-problem")
                        .queryAs(WrappedText.class)
                        .getText())
                .startsWith("Pick a party from the list");
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(() -> party.getText().startsWith(abbreviation + "  \u2014  "));
        waitFor(() -> !robot.lookup("#form-party_id-problem").query().isVisible());
        assertThat(save.isDisabled()).isTrue(); // the same party again: still nothing changed

        fill(robot, "#form-to_date", "1900");
        WrappedText problem = robot.lookup("#form-to_date-problem").queryAs(WrappedText.class);
        waitFor(() -> problem.isVisible() && problem.getText().contains("before"));
        robot.interact(
                () -> robot.lookup("#form-to_date").queryAs(TextField.class).clear());
        fill(robot, "#form-to_date", "2031-02-14");
        waitFor(() -> !problem.isVisible());
        fill(robot, "#form-cite-source", "Dawn");
        waitFor(() -> robot.lookup(".link-picker-list").tryQuery().isPresent()
                && robot.lookup(".link-picker-list").query().isVisible());
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(() -> !save.isDisabled());
        robot.interact(save::requestFocus);
        robot.clickOn(save);
        waitFor(() -> !formOpen(robot));
        waitFor(() -> "2031-02-14".equals(to(m)));

        robot.interact(() -> robot.lookup("#status-bar").query().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> to(m) == null);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> "2031-02-14".equals(to(m)));
    }

    private String to(long membership) {
        try {
            return EditFixture.text(db(), "SELECT to_date FROM membership WHERE id = ?", membership);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void deleteAnAllianceWithItsMembershipsAfterConfirming(FxRobot robot) throws Exception {
        openCopyForEditing(robot);
        long a = EditFixture.id(
                db(),
                "SELECT alliance_id FROM membership GROUP BY alliance_id HAVING count(*) >= 2 ORDER BY count(*) DESC LIMIT 1");
        long members = EditFixture.id(db(), "SELECT count(*) FROM membership WHERE alliance_id = ?", a);
        long alliances = count(RecordKind.ALLIANCES);
        long memberships = count(RecordKind.MEMBERSHIPS);
        robot.interact(() -> state().navigation().go(new RecordRef(RecordKind.ALLIANCES, a, null)));
        waitFor(() -> robot.lookup("#detail-delete").tryQuery().isPresent()
                && robot.lookup("#detail-delete").query().isVisible());
        robot.clickOn("#detail-delete");
        waitFor(() -> robot.lookup("#confirm-yes").tryQuery().isPresent());
        String question = robot.lookup("#confirm-dialog #dialog-message")
                .queryAs(WrappedText.class)
                .getText();
        assertThat(question).contains(members + " memberships");
        robot.clickOn("#confirm-yes");
        waitFor(() -> count(RecordKind.ALLIANCES) == alliances - 1);
        assertThat(count(RecordKind.MEMBERSHIPS)).isEqualTo(memberships - members);
        // the pane no longer shows the deleted alliance
        assertThat(state().navigation().getCurrent()).isNotEqualTo(new RecordRef(RecordKind.ALLIANCES, a, null));

        undoRedo(robot, RecordKind.ALLIANCES, alliances, alliances - 1);
        robot.interact(() -> robot.lookup("#status-bar").query().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> count(RecordKind.MEMBERSHIPS) == memberships);
    }
}
