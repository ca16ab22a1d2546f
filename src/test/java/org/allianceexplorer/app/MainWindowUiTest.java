package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Paint;
import org.allianceexplorer.domain.DateInput;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.testing.BundledCounts;
import org.allianceexplorer.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens on the bundled dataset and lists its parties (headless, Monocle). */
class MainWindowUiTest extends WindowTest {

    @Test
    void listsTheBundledParties(FxRobot robot) throws Exception {
        TableView<Party> table = robot.lookup("#parties-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertThat(table.getItems()).extracting(Party::abbreviation).contains("MQM-P", "ANP", "PML-N", "PPP");
        Label status = robot.lookup("#status-text").queryAs(Label.class);
        assertThat(status.getText())
                .startsWith("Bundled dataset")
                .contains("parties")
                .contains("seat deals");
        assertThat(stage.getTitle()).isEqualTo("Alliance Explorer \u2014 Bundled dataset (Pakistan)");
    }

    /** Issue 11: the user's own data from the window (the commands themselves: DatasetCommandsTest). */
    @Test
    void theFileMenuMakesImportsAndExportsDatabases(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().get(0);
        assertThat(file.getItems())
                .extracting(MenuItem::getId)
                .containsSubsequence(
                        "menu-new",
                        "menu-open",
                        "menu-bundled",
                        "menu-import-folder",
                        "menu-import-zip",
                        "menu-export-folder",
                        "menu-quit");
        MenuItem create = file.getItems().get(0);
        assertThat(create.getText()).isEqualTo("New database\u2026");
        assertThat(create.getAccelerator().getName()).isEqualTo("Shortcut+N");
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        assertThat(window.getOnDragDropped()).isNotNull();
        // the status bar's Cancel shows only while a job the user may stop runs (DatasetCommandsTest stops one)
        assertThat(robot.lookup("#task-cancel").queryButton().isVisible()).isFalse();
    }

    @Test
    void aBadFileLeavesTheOpenDatabaseAndSaysWhy(FxRobot robot, @TempDir Path dir) throws Exception {
        TableView<Party> table = robot.lookup("#parties-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        int before = table.getItems().size();
        Path bad = Files.writeString(dir.resolve("notes.sqlite"), "not a database");
        byte[] bytes = Files.readAllBytes(bad);

        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        robot.interact(() -> window.model().open(bad));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#error-dialog").tryQuery().isPresent());

        assertThat(robot.lookup("#error-dialog #dialog-message")
                        .queryAs(WrappedText.class)
                        .getText())
                .contains("notes.sqlite")
                .contains("not an SQLite database");
        assertThat(table.getItems()).hasSize(before);
        assertThat(stage.getTitle()).endsWith("Bundled dataset (Pakistan)");
        assertThat(Files.readAllBytes(bad)).isEqualTo(bytes);
    }

    @Test
    void theAsOfDateIsShownAndTypedAsAnIsoDate(FxRobot robot) throws Exception {
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        DatePicker picker = robot.lookup("#as-of-picker").queryAs(DatePicker.class);
        robot.interact(() -> window.state().setAsOf(LocalDate.of(2024, 1, 20)));
        assertThat(picker.getEditor().getText()).isEqualTo("2024-01-20");

        robot.interact(() -> {
            picker.getEditor().setText("2024-02-10");
            picker.setValue(picker.getConverter().fromString(picker.getEditor().getText()));
        });
        assertThat(window.state().getAsOf()).isEqualTo(LocalDate.of(2024, 2, 10));
        robot.interact(() -> robot.lookup("#as-of-latest").queryButton().fire());
        assertThat(window.state().getAsOf()).isNull();
    }

    /** Issue 9, defect 8: the toolbar's date field takes what people type and says when it cannot. */
    @Test
    void theToolbarTakesTypedDatesAndExplainsNonsense(FxRobot robot) throws Exception {
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        DateField field = robot.lookup("#as-of-picker").queryAs(DateField.class);
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        String local = DateInput.localeExample(locale);
        LocalDate feb14 = LocalDate.of(2024, 2, 14);
        String[][] typed = {
            {local, "2024-02-14"},
            {"14 Feb 2024", "2024-02-14"},
            {"2024-02", "2024-02-29"},
            {"2023-12-16", "2023-12-16"}
        };
        for (String[] t : typed) {
            type(robot, field, t[0]);
            assertThat(window.state().getAsOf()).as("typed '%s'", t[0]).hasToString(t[1]);
            assertThat(field.errorProperty().get()).isEmpty();
        }
        robot.interact(() -> window.state().setAsOf(feb14));
        type(robot, field, "nonsense");
        assertThat(window.state().getAsOf()).isEqualTo(feb14);
        assertThat(field.errorProperty().get()).contains("2024-02-14").contains(local);
        assertThat(field.getEditor().getText()).isEqualTo("nonsense");
        assertThat(robot.lookup(".date-field-error").tryQuery())
                .as("the message is shown under the field")
                .isPresent();
        assertThat(field.getPseudoClassStates()).extracting(Object::toString).contains("danger");
    }

    private static void type(FxRobot robot, DateField field, String text) {
        robot.clickOn(field.getEditor());
        robot.interact(() -> field.getEditor().selectAll());
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Issue 9, defect 12: a screen's shortcut puts the keyboard in its table, which shows that it has it. */
    @Test
    void ctrl4PutsTheKeyboardInTheDealsTableAndDownMovesTheSelection(FxRobot robot) throws Exception {
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        TableView<?> parties = robot.lookup("#parties-table").queryTableView();
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !parties.getItems().isEmpty());
        robot.clickOn("#global-search"); // the keyboard is somewhere else
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.state().screenProperty().get()).isEqualTo("deals");
        TableView<?> deals = robot.lookup("#deals-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> deals.getItems().size() == BundledCounts.DEALS);
        assertThat(deals.isFocused()).as("the deals table has the keyboard").isTrue();

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        int first = deals.getSelectionModel().getSelectedIndex();
        assertThat(first).as("Down selects a row").isGreaterThanOrEqualTo(0);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(deals.getSelectionModel().getSelectedIndex()).isEqualTo(first + 1);
        assertThat(window.state().navigation().getCurrent().kind()).isEqualTo(RecordKind.DEALS);

        // the focus shows: the focused table is outlined in another colour than the unfocused one
        Paint focused = deals.getBorder().getStrokes().get(0).getTopStroke();
        robot.clickOn("#global-search");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(deals.isFocused()).isFalse();
        assertThat(deals.getBorder().getStrokes().get(0).getTopStroke()).isNotEqualTo(focused);
        assertThat(deals.getBorder().getStrokes()).hasSize(1);
    }
}
