package org.allianceexplorer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.allianceexplorer.data.imports.DatasetImport;
import org.allianceexplorer.data.imports.Importer;
import org.allianceexplorer.data.imports.results.ResultsPreview;
import org.allianceexplorer.elections.ElectionChoice;
import org.allianceexplorer.elections.ResultRow;
import org.allianceexplorer.io.ZipInput;
import org.allianceexplorer.table.TestDialogs;
import org.allianceexplorer.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * File > Import… walked as a user would, headless: choose a CSV (the dialog service's test double answers), map a
 * column, name the election, resolve a label, import, see the results in the Elections screen; and Cancel during
 * an import leaves the database file's bytes as they were.
 */
class ImportWizardUiTest extends WindowTest {

    @TempDir
    Path dir;

    private final TestDialogs dialogs = new TestDialogs();
    private ImportWizard wizard;

    @Override
    protected double windowWidth() {
        return 1280;
    }

    @Override
    protected double windowHeight() {
        return 720;
    }

    private void install(FxRobot robot) {
        robot.interact(() -> {
            wizard = new ImportWizard(stage, state(), window().model(), dialogs);
            window().model().datasets().useWizard(wizard::open);
        });
    }

    private void openFromTheMenu(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-import".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(item.getText()).isEqualTo("Import\u2026");
        robot.interact(item::fire);
    }

    private void click(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
    }

    private void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private ImportWizardViewModel.Step step() {
        return wizard.model().stepProperty().get();
    }

    @Test
    void aCsvIsMappedItsLabelResolvedAndImportedThenShownInElections(FxRobot robot) throws Exception {
        waitFor(() -> state().getSession() != null);
        install(robot);
        Path csv = Files.write(
                dir.resolve("karachi.csv"),
                List.of(
                        "seat,candidate,party,votes,votes_final",
                        "NA-900,Candidate A,MQM-P,n/a,61944",
                        "NA-900,Candidate B,Awami National Party,n/a,30011",
                        "NA-901,Candidate C,PPP,n/a,42000"));
        dialogs.openFile = csv;

        openFromTheMenu(robot);
        Stage window = wizard.stage();
        assertThat(window.isShowing()).isTrue();
        assertThat(step()).isEqualTo(ImportWizardViewModel.Step.CHOOSE);
        click(robot, "#wizard-choose-file");
        waitFor(() -> wizard.model().mapping().previewProperty().get() != null);
        assertThat(step()).isEqualTo(ImportWizardViewModel.Step.DETECTED);
        List<String> detected =
                robot.lookup("#wizard-detected .label").queryAllAs(javafx.scene.control.Label.class).stream()
                        .map(javafx.scene.control.Label::getText)
                        .toList();
        assertThat(detected)
                .anySatisfy(l -> assertThat(l).isEqualTo("Read as: UTF-8, comma-separated"))
                .anySatisfy(l -> assertThat(l).startsWith("Layout: long layout: seat A (seat)"));

        click(robot, "#wizard-next");
        assertThat(step()).isEqualTo(ImportWizardViewModel.Step.MAP);
        TableView<ResultsPreview.Result> results =
                robot.lookup("#wizard-results").queryTableView();
        assertThat(results.getItems()).allSatisfy(r -> assertThat(r.problem()).contains("'n/a'"));
        // the votes are in column E: its combo box says so, and the preview reads them at once
        @SuppressWarnings("unchecked")
        ComboBox<Role> roleE = robot.lookup("#role-E").queryAs(ComboBox.class);
        robot.interact(() -> roleE.setValue(Role.VOTES));
        waitFor(() -> results.getItems().stream().allMatch(r -> r.problem() == null));
        assertThat(results.getItems())
                .extracting(ResultsPreview.Result::votes)
                .containsExactly("61,944", "30,011", "42,000");
        type(robot, "#wizard-election-name", "Test election 2030");
        type(robot, "#wizard-polling-day", "2030-01-01");
        type(robot, "#wizard-country", "PAK");
        type(robot, "#wizard-source-outlet", "Test outlet");
        type(robot, "#wizard-source-url", "https://example.org/karachi");
        robot.interact(() -> {
            robot.lookup("#wizard-election").queryAs(ComboBox.class).getEditor().setText("test-2030");
            robot.lookup("#wizard-assembly").queryAs(ComboBox.class).getEditor().setText("NA");
        });

        click(robot, "#wizard-next");
        waitFor(() -> !wizard.model().importCheck().checkingProperty().get()
                && !wizard.model().resolution().labels().isEmpty());
        assertThat(step()).isEqualTo(ImportWizardViewModel.Step.LABELS);
        assertThat(wizard.model().resolution().labels())
                .extracting(LabelChoice::label)
                .containsExactly("Awami National Party");
        assertThat(wizard.model().importRun().canImport().get()).isFalse();
        @SuppressWarnings("unchecked")
        ComboBox<LabelChoice.Action> action = robot.lookup("#label-action-0").queryAs(ComboBox.class);
        robot.interact(() -> action.setValue(LabelChoice.Action.ALIAS));
        type(robot, "#label-party-0", "ANP");

        click(robot, "#wizard-next");
        waitFor(() -> wizard.model().importCheck().checkProperty().get() != null);
        assertThat(step()).isEqualTo(ImportWizardViewModel.Step.CHECK);
        assertThat(robot.lookup("#wizard-problems").queryListView().getItems()).isEmpty();
        assertThat(robot.lookup("#wizard-check-summary").queryLabeled().getText())
                .startsWith("Ready to import: 3 results to add");

        click(robot, "#wizard-next");
        assertThat(step()).isEqualTo(ImportWizardViewModel.Step.IMPORT);
        // the bundled dataset is open: it is never written, the results go into a new file
        assertThat(robot.lookup("#wizard-into-open")
                        .queryAs(javafx.scene.control.RadioButton.class)
                        .isDisabled())
                .isTrue();
        dialogs.saveTo = dir.resolve("karachi.sqlite");
        click(robot, "#wizard-import");
        waitFor(() -> wizard.model().importRun().doneProperty().get()
                && state().getSession() != null
                && state().getSession().name().equals("karachi.sqlite"));
        assertThat(robot.lookup("#wizard-outcome").queryLabeled().getText())
                .contains("3 results added")
                .contains("aliases added 1");
        assertThat(dialogs.errors).isEmpty();

        click(robot, "#wizard-finish");
        assertThat(window.isShowing()).isFalse();
        robot.interact(() -> state().screenProperty().set("elections"));
        ListView<ElectionChoice> elections = robot.lookup("#elections-list").queryListView();
        waitFor(() -> elections.getItems().stream()
                .anyMatch(c -> c.election() != null && c.election().code().equals("test-2030")));
        robot.interact(() -> elections
                .getSelectionModel()
                .select(elections.getItems().stream()
                        .filter(c -> c.election() != null && c.election().code().equals("test-2030"))
                        .findFirst()
                        .orElseThrow()));
        TableView<ResultRow> seats = robot.lookup("#results-table").queryTableView();
        waitFor(() -> seats.getItems().size() == 2);
        assertThat(seats.getItems()).extracting(ResultRow::seat).containsExactlyInAnyOrder("NA-900", "NA-901");
        assertThat(seats.getItems()).extracting(ResultRow::winner).contains("Candidate A", "Candidate C");
    }

    @Test
    void aDroppedCsvOpensTheWizardOnIt(FxRobot robot) throws Exception {
        install(robot);
        Path csv = Files.write(dir.resolve("dropped.csv"), List.of("seat,candidate,party,votes", "NA-1,A,PPP,1"));
        robot.interact(() -> window().model().datasets().dropped(List.of(csv)));
        assertThat(wizard.stage().isShowing()).isTrue();
        assertThat(wizard.model().fileProperty().get()).isEqualTo(csv);
        assertThat(step()).isEqualTo(ImportWizardViewModel.Step.DETECTED);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void cancelDuringAnImportLeavesTheDatabaseFileAsItWas(FxRobot robot) throws Exception {
        Path mine = dir.resolve("mine.sqlite");
        DatasetImport.toNewFile(Path.of("data"), mine, Importer.Settings.DEFAULT, ZipInput.Limits.DEFAULT, s -> {});
        robot.interact(() -> window().model().open(mine));
        waitFor(() ->
                state().getSession() != null && state().getSession().name().equals("mine.sqlite"));
        install(robot);
        List<String> lines = new ArrayList<>();
        lines.add("seat,candidate,party,votes");
        for (int i = 0; i < 150_000; i++) {
            lines.add("S-" + (i / 10) + ",Candidate " + i + ",PPP," + i);
        }
        Path csv = Files.write(dir.resolve("big.csv"), lines);
        byte[] before = Files.readAllBytes(mine);
        robot.interact(() -> wizard.open(csv));
        waitFor(() -> wizard.model().mapping().previewProperty().get() != null);
        click(robot, "#wizard-next");
        robot.interact(() -> {
            robot.lookup("#wizard-election").queryAs(ComboBox.class).getEditor().setText("pk-2024");
            robot.lookup("#wizard-assembly").queryAs(ComboBox.class).getEditor().setText("NA");
        });
        type(robot, "#wizard-source-outlet", "Test outlet");
        robot.interact(() -> wizard.model().goTo(ImportWizardViewModel.Step.CHECK));
        // the whole file is checked first (on a scratch copy): slow on a shared machine
        org.testfx.util.WaitForAsyncUtils.waitFor(
                120,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> wizard.model().importCheck().checkProperty().get() != null);
        assertThat(wizard.model().importCheck().checkProperty().get().ok())
                .as(String.join("\n", wizard.model().importCheck().problems()))
                .isTrue();
        robot.interact(() -> wizard.model().goTo(ImportWizardViewModel.Step.IMPORT));
        assertThat(wizard.model().importRun().targetProperty().get()).isEqualTo(ImportRun.Target.OPEN_DATABASE);

        click(robot, "#wizard-import");
        assertThat(robot.lookup("#wizard-cancel").queryButton().isVisible()).isTrue();
        assertThat(robot.lookup("#wizard-close").queryButton().isDisabled()).isTrue();
        click(robot, "#wizard-cancel");
        waitFor(() -> !wizard.model().importRun().importingProperty().get());

        assertThat(robot.lookup("#wizard-outcome").queryLabeled().getText())
                .isEqualTo("Cancelled; nothing was written (mine.sqlite is as it was)");
        assertThat(Files.readAllBytes(mine)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("mine.sqlite", "big.csv");
        }
    }
}
