package org.allianceexplorer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.dump.Dumper;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.data.imports.DatasetImport;
import org.allianceexplorer.data.imports.ImportReport;
import org.allianceexplorer.data.imports.Importer;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.io.ZipInput;
import org.allianceexplorer.testing.LaptopWindowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The History screen undoes any edit of the history, one this window never made included: here a dataset imported
 * into the file (as the command line's {@code import --into} does) before the window opened it. Its button waits for the database to be open for
 * editing, names the edit of the row selected, and the undo is one more edit that Edit > Undo takes back.
 */
class HistoryUndoUiTest extends LaptopWindowTest {

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void anImportMadeOnTheCommandLineIsUndoneFromTheHistory(FxRobot robot) throws Exception {
        Path mine = EditFixture.copy(dir.resolve("mine.sqlite"));
        Path dump = dir.resolve("dump");
        try (Database db = Database.openReadOnly(mine)) {
            Dumper.toFolder(db, dump, false, f -> {});
        }
        Path parties = dump.resolve("parties.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(parties, StandardCharsets.UTF_8));
        String ppp =
                lines.stream().filter(l -> l.startsWith("PPP,")).findFirst().orElseThrow();
        lines.add(ppp.replaceFirst("^PPP,[^,]*,", "HUT,History Undo Test,"));
        Files.write(parties, lines, StandardCharsets.UTF_8);
        // what `import --from dump --into mine.sqlite --editor Ayesha` does
        ImportReport imported = DatasetImport.intoFile(
                dump, mine, Importer.Settings.DEFAULT.withEditor("Ayesha"), ZipInput.Limits.DEFAULT, s -> {});
        assertThat(imported.history().editId()).isPositive();

        robot.interact(() -> window().model().open(mine));
        waitFor(() -> state().getSession() != null
                && mine.equals(state().getSession().database().path()));
        long parties0 = state().getSession().counts().get(RecordKind.PARTIES);
        robot.interact(() -> state().screenProperty().set("history"));
        TableView<HistoryLine> table = robot.lookup("#history-view .table-view").queryAs(TableView.class);
        waitFor(() -> !table.getItems().isEmpty());
        Button undo = robot.lookup("#history-undo").queryAs(Button.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(undo.getText()).isEqualTo("Undo \"Import dump\"");
        assertThat(undo.isDisabled()).as("read-only: nothing to undo with").isTrue();

        robot.interact(() -> window().model().edits().startEditing());
        waitFor(() -> state().getSession().editable());
        robot.interact(() -> state().screenProperty().set("history"));
        waitFor(() -> !table.getItems().isEmpty());
        // one line per edit: the whole import is one line, and Undo takes it back from there
        int perChange = table.getItems().size();
        robot.clickOn("#history-per-edit");
        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).wholeEdit()).isTrue();
        assertThat(perChange).isGreaterThan(1);
        robot.interact(() -> table.getSelectionModel().select(0));
        waitFor(() -> !undo.isDisabled());
        assertThat(undo.getText()).isEqualTo("Undo \"Import dump\"");
        robot.clickOn(undo);
        waitFor(() -> state().getSession().counts().get(RecordKind.PARTIES) == parties0 - 1);
        assertThat(state().getSession().repositories().parties().party("HUT")).isEmpty();
        // the undo is the newest edit, and Edit > Undo takes it back
        waitFor(() -> table.getItems().size() > 0
                && table.getItems().get(0).row().editLabel().equals("Undo Import dump"));
        assertThat(window().model().edits().undoLabelProperty().get()).isEqualTo("Undo Undo Import dump");
        robot.interact(() -> window().model().edits().undo());
        waitFor(() -> state().getSession().counts().get(RecordKind.PARTIES) == parties0);
        assertThat(state().getSession().repositories().parties().party("HUT"))
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("History Undo Test"));
    }
}
