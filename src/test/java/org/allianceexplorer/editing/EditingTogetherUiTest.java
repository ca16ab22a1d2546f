package org.allianceexplorer.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Map;
import javafx.scene.input.KeyCode;
import org.allianceexplorer.app.WrappedText;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.testing.LaptopWindowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The window and another program on one file: the other's edit appears in the window by itself; while the
 * other holds the write lock, the window's edit waits, then says so in words ("database is locked" is never
 * shown) and works once the lock is gone; a file deleted under the window is a clear message, nothing is
 * half-written, and the window goes on working.
 */
class EditingTogetherUiTest extends LaptopWindowTest {

    @TempDir
    Path dir;

    private long count(RecordKind kind) {
        return state().getSession().counts().get(kind);
    }

    private Path openForEditing(FxRobot robot) throws Exception {
        Path mine = EditFixture.copy(dir.resolve("shared.sqlite"));
        robot.interact(() -> window().model().open(mine));
        waitFor(() -> state().getSession() != null
                && state().getSession().database().path().equals(mine));
        robot.clickOn("#status-bar").press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitFor(() -> state().getSession().editable());
        return mine;
    }

    private static Map<String, String> party(String abbreviation) {
        return Map.of("abbreviation", abbreviation, "name", "Party " + abbreviation);
    }

    /** Adds a party from the window, as its form's Save does. */
    private void addFromWindow(FxRobot robot, String abbreviation, long source) {
        robot.interact(() -> window().model()
                .edits()
                .apply(
                        "Adding " + abbreviation,
                        r -> r.add(EditKind.PARTY, party(abbreviation), Cite.source(source), "window"),
                        e -> {}));
    }

    private String errorShown(FxRobot robot) {
        return robot.lookup("#error-dialog #dialog-message")
                .tryQuery()
                .map(n -> ((WrappedText) n).getText())
                .orElse(null);
    }

    @Test
    void anotherProgramsEditAppearsInTheWindowByItself(FxRobot robot) throws Exception {
        Path file = openForEditing(robot);
        long parties = count(RecordKind.PARTIES);
        try (Editing other = EditFixture.open(file)) {
            long src = EditFixture.id(other.database(), "SELECT min(id) FROM source");
            other.edits().add(EditKind.PARTY, party("CLI"), Cite.source(src), "command line");
        }
        waitFor(() -> count(RecordKind.PARTIES) == parties + 1);
        assertThat(state().noticeProperty().get().text()).startsWith("Another program changed");
    }

    @Test
    void aLockHeldByAnotherProgramIsSaidInWordsAndTheNextEditWorks(FxRobot robot) throws Exception {
        Path file = openForEditing(robot);
        long parties = count(RecordKind.PARTIES);
        long src = EditFixture.id(state().getSession().database(), "SELECT min(id) FROM source");
        try (Database other = Database.openForEditing(file);
                Statement st = other.connection().createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.executeUpdate("UPDATE party SET name = name WHERE id = 1");
            addFromWindow(robot, "LCK", src);
            waitFor(() -> errorShown(robot) != null);
            st.execute("ROLLBACK");
        }
        assertThat(errorShown(robot))
                .isEqualTo("another program is writing to shared.sqlite; try again")
                .doesNotContain("locked");
        robot.interact(() ->
                robot.lookup("#error-dialog").query().getScene().getWindow().hide());
        assertThat(count(RecordKind.PARTIES)).isEqualTo(parties);
        addFromWindow(robot, "LCK", src);
        waitFor(() -> count(RecordKind.PARTIES) == parties + 1);
    }

    @Test
    void aFileDeletedUnderTheWindowIsAClearMessageAndTheWindowGoesOn(FxRobot robot) throws Exception {
        Path file = openForEditing(robot);
        long src = EditFixture.id(state().getSession().database(), "SELECT min(id) FROM source");
        Files.delete(file);
        addFromWindow(robot, "DEL", src);
        waitFor(() -> errorShown(robot) != null);
        assertThat(errorShown(robot)).contains("was deleted or moved while open; the edit was not saved");
        assertThat(Files.exists(file)).isFalse(); // nothing half-written in its place
        robot.interact(() ->
                robot.lookup("#error-dialog").query().getScene().getWindow().hide());
        // the window goes on: another screen shows, another database opens and is edited
        robot.interact(() -> state().screenProperty().set("alliances"));
        Path next = openForEditingAnother(robot);
        long parties = count(RecordKind.PARTIES);
        addFromWindow(robot, "NXT", src);
        waitFor(() -> count(RecordKind.PARTIES) == parties + 1);
        assertThat(state().getSession().database().path()).isEqualTo(next);
    }

    private Path openForEditingAnother(FxRobot robot) throws Exception {
        Path next = EditFixture.copy(dir.resolve("next.sqlite"));
        robot.interact(() -> window().model().open(next));
        waitFor(() -> state().getSession() != null
                && state().getSession().database().path().equals(next));
        robot.interact(() -> window().model().edits().startEditing());
        waitFor(() -> state().getSession().editable());
        return next;
    }
}
