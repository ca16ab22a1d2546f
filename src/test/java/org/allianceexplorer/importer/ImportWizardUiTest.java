package org.allianceexplorer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.allianceexplorer.app.WrappedText;
import org.allianceexplorer.data.imports.DatasetImport;
import org.allianceexplorer.data.imports.Importer;
import org.allianceexplorer.data.imports.results.ResultsPreview;
import org.allianceexplorer.elections.ElectionChoice;
import org.allianceexplorer.elections.ResultRow;
import org.allianceexplorer.io.ZipInput;
import org.allianceexplorer.table.TestDialogs;
import org.allianceexplorer.testing.LaptopWindowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * File > Import… walked as a user would, headless: choose a CSV (the dialog service's test double answers), map a
 * column, name the election, resolve a label, import, see the results in the Elections screen; and Cancel during
 * an import leaves the database file's bytes as they were.
 */
class ImportWizardUiTest extends LaptopWindowTest {

    @TempDir
    Path dir;

    private final TestDialogs dialogs = new TestDialogs();
    private ImportWizard wizard;

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
                robot.lookup("#wizard-detected ." + WrappedText.STYLE_CLASS).queryAllAs(WrappedText.class).stream()
                        .map(WrappedText::getText)
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
        assertThat(robot.lookup("#wizard-check-summary")
                        .queryAs(WrappedText.class)
                        .getText())
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
        assertThat(robot.lookup("#wizard-outcome").queryAs(WrappedText.class).getText())
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
    void aDroppedDatasetFolderOpensTheWizardOnIt(FxRobot robot) throws Exception {
        waitFor(() -> state().getSession() != null);
        install(robot);
        robot.interact(() -> window().model().datasets().dropped(List.of(Path.of("data"))));
        assertThat(wizard.stage().isShowing()).isTrue();
        assertThat(wizard.model().fileProperty().get()).isEqualTo(Path.of("data"));
        assertThat(wizard.model().kindProperty().get()).isEqualTo(ImportWizardViewModel.Kind.DATASET);
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

        assertThat(robot.lookup("#wizard-outcome").queryAs(WrappedText.class).getText())
                .isEqualTo("Cancelled; nothing was written (mine.sqlite is as it was)");
        assertThat(Files.readAllBytes(mine)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("mine.sqlite", "big.csv");
        }
    }

    @Test
    void aColleaguesDatasetIsRefusedWithItsDifferenceThenTakenIntoTheOpenDatabase(FxRobot robot) throws Exception {
        EditedDataset.Pair files = EditedDataset.beside(dir, "mine.sqlite", "colleague");
        Path mine = files.mine();
        Path colleague = files.colleague();
        robot.interact(() -> window().model().open(mine));
        waitFor(() ->
                state().getSession() != null && state().getSession().name().equals("mine.sqlite"));
        install(robot);
        byte[] before = Files.readAllBytes(mine);

        robot.interact(() -> wizard.open(colleague));
        assertThat(step()).isEqualTo(ImportWizardViewModel.Step.DETECTED);
        click(robot, "#wizard-next");
        assertThat(step()).isEqualTo(ImportWizardViewModel.Step.IMPORT);
        CheckBox takeTheirs = robot.lookup("#wizard-take-theirs").queryAs(CheckBox.class);
        assertThat(takeTheirs.isVisible()).isTrue();
        assertThat(takeTheirs.isDisabled()).isFalse();
        assertThat(takeTheirs.isSelected()).isFalse();
        assertThat(robot.lookup("#wizard-start-from-open")
                        .queryAs(CheckBox.class)
                        .isVisible())
                .as("a dataset's new file does not start from a copy")
                .isFalse();
        assertThat(robot.lookup("#wizard-into-open").queryAs(RadioButton.class).isSelected())
                .isTrue();

        click(robot, "#wizard-import");
        waitFor(() ->
                !wizard.model().importRun().importingProperty().get() && step() == ImportWizardViewModel.Step.CHECK);
        assertThat(robot.lookup("#wizard-step-check").queryLabeled().getText()).endsWith("Problems");
        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#wizard-problems").queryAs(ListView.class);
        assertThat(problems.getItems()).singleElement().asString().contains("party 'ANP'");
        assertThat(Files.readAllBytes(mine)).isEqualTo(before);

        click(robot, "#wizard-next");
        assertThat(step()).isEqualTo(ImportWizardViewModel.Step.IMPORT);
        assertThat(robot.lookup("#wizard-outcome").queryAs(WrappedText.class).getText())
                .startsWith("Nothing was imported: 1 record differs");
        robot.interact(takeTheirs::fire);
        click(robot, "#wizard-import");
        waitFor(() -> robot.lookup("#wizard-outcome")
                .queryAs(WrappedText.class)
                .getText()
                .startsWith("Imported colleague"));
        waitFor(() -> state().getSession() != null
                && state().getSession().name().equals("mine.sqlite")
                && state().getSession().repositories().parties().party("TST").isPresent());
        assertThat(state().getSession().repositories().parties().party("ANP"))
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo(EditedDataset.RENAMED));
        assertThat(dialogs.errors).isEmpty();
    }

    static final Path MALAYSIA = Path.of("../shared/data/malaysia-ge15-2022/MALAYSIA_2022_PARLIAMENT_RESULTS.csv");

    /**
     * A long CSV whose every row has a long bad votes value: as many problems, each a long line, of lengths that vary
     * (some just need one more line than others).
     */
    static List<String> manyBadRows(int n) {
        List<String> lines = new ArrayList<>();
        lines.add("seat,candidate,party,votes");
        for (int i = 0; i < n; i++) {
            lines.add("NA-" + (900 + i / 3) + ",Candidate " + i + ",PPP,\"about " + i + " thousand by the returning"
                    + " officer's provisional count of the polling stations that reported before midnight, revised"
                    + " later" + " and again".repeat(i % 7) + "\"");
        }
        return lines;
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    /** Fails when {@code n} is not shown or any part of it lies outside its scene (the window). */
    private static void assertInside(Node n, String what) {
        Scene scene = n.getScene();
        Bounds b = inScene(n);
        assertThat(n.isVisible()).as(what + " is shown").isTrue();
        assertThat(b.getMinX()).as(what + " left edge").isGreaterThanOrEqualTo(-0.5);
        assertThat(b.getMinY()).as(what + " top edge").isGreaterThanOrEqualTo(-0.5);
        assertThat(b.getMaxX()).as(what + " right edge").isLessThanOrEqualTo(scene.getWidth() + 0.5);
        assertThat(b.getMaxY()).as(what + " bottom edge").isLessThanOrEqualTo(scene.getHeight() + 0.5);
    }

    private static ScrollBar scrollBar(Node n, Orientation o) {
        return n.lookupAll(".scroll-bar").stream()
                .filter(b -> b instanceof ScrollBar sb && sb.getOrientation() == o)
                .map(ScrollBar.class::cast)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void onA1024x700ScreenTheColumnsPageOfTheWideFileFitsTheWindow(FxRobot robot) throws Exception {
        waitFor(() -> state().getSession() != null);
        install(robot);
        Path file = Files.exists(MALAYSIA)
                ? MALAYSIA
                : Path.of("/work/shared/data/malaysia-ge15-2022/MALAYSIA_2022_PARLIAMENT_RESULTS.csv");
        robot.interact(() -> wizard.fitTo(new Rectangle2D(0, 0, 1024, 700)));
        robot.interact(() -> wizard.open(file));
        waitFor(() -> wizard.model().mapping().previewProperty().get() != null);
        robot.interact(() -> {
            wizard.model().next();
            wizard.model().mapping().loadMapping(Path.of("data/mappings/malaysia-ge15-parliament.properties"));
        });
        waitFor(() -> !tasks.busyProperty().get());
        assertThat(step()).isEqualTo(ImportWizardViewModel.Step.MAP);
        Scene scene = wizard.stage().getScene();
        assertThat(scene.getWidth()).isLessThanOrEqualTo(1024).isGreaterThanOrEqualTo(ImportWizard.MIN_WIDTH);
        assertThat(scene.getHeight()).isLessThanOrEqualTo(700).isGreaterThanOrEqualTo(ImportWizard.MIN_HEIGHT);

        for (String id : List.of(
                "#wizard-layout",
                "#wizard-coalitions",
                "#wizard-mapping-name",
                "#wizard-load-mapping",
                "#wizard-save-mapping",
                "#wizard-columns",
                "#wizard-results",
                "#wizard-election",
                "#wizard-country",
                "#wizard-source-url",
                "#wizard-back",
                "#wizard-next",
                "#wizard-close")) {
            assertInside(robot.lookup(id).query(), id);
        }
        // the page keeps to its side of the step list
        double steps = inScene(robot.lookup("#wizard-steps").query()).getMaxX();
        assertThat(inScene(robot.lookup("#wizard-columns").query()).getMinX()).isGreaterThanOrEqualTo(steps - 0.5);
        assertThat(inScene(robot.lookup("#wizard-layout").query()).getMinX()).isGreaterThanOrEqualTo(steps - 0.5);

        // the preview's columns keep a readable width; the table scrolls sideways instead
        TableView<ResultsPreview.Result> results =
                robot.lookup("#wizard-results").queryTableView();
        assertThat(results.getColumns())
                .allSatisfy(c -> assertThat(c.getWidth()).isGreaterThanOrEqualTo(48));
        assertThat(results.getColumns().get(1).getWidth()).as("Seat").isGreaterThanOrEqualTo(80);
        assertThat(results.getColumns().get(2).getWidth()).as("Candidate").isGreaterThanOrEqualTo(130);
        assertThat(scrollBar(results, Orientation.HORIZONTAL).isVisible()).isTrue();
        TabPane tabs = robot.lookup("#wizard-preview").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        waitFor(() -> robot.lookup("#wizard-rows").tryQuery().isPresent());
        TableView<ResultsPreview.Line> rows = robot.lookup("#wizard-rows").queryTableView();
        assertThat(rows.getColumns()).hasSizeGreaterThan(40);
        assertThat(rows.getColumns()).allSatisfy(c -> assertThat(c.getWidth()).isGreaterThanOrEqualTo(48));
        assertThat(scrollBar(rows, Orientation.HORIZONTAL).isVisible()).isTrue();
        assertInside(rows, "#wizard-rows");
    }

    @Test
    void aLongProblemWrapsAndAListOfManyProblemsScrolls(FxRobot robot) throws Exception {
        waitFor(() -> state().getSession() != null);
        install(robot);
        Path csv = Files.write(dir.resolve("many-bad-rows.csv"), manyBadRows(150));
        robot.interact(() -> wizard.fitTo(new Rectangle2D(0, 0, 1024, 700)));
        robot.interact(() -> wizard.open(csv));
        waitFor(() -> wizard.model().mapping().previewProperty().get() != null);

        // the Detected page: the first rows' problems, each read whole
        ListView<String> first = robot.lookup("#wizard-preview-problems").queryListView();
        assertThat(first.getItems()).hasSize(ColumnMapping.PREVIEW_ROWS);
        assertInside(first, "#wizard-preview-problems");
        assertWrapsWhole(robot, first);

        robot.interact(() -> {
            wizard.model().form().electionProperty().set("pk-2024");
            wizard.model().form().assemblyProperty().set("NA");
            wizard.model().form().sourceOutletProperty().set("Test outlet");
            wizard.model().goTo(ImportWizardViewModel.Step.CHECK);
        });
        waitFor(() -> wizard.model().importCheck().checkProperty().get() != null);
        ListView<String> problems = robot.lookup("#wizard-problems").queryListView();
        assertThat(problems.getItems()).hasSize(150);
        assertThat(problems.getItems().get(0)).hasSizeGreaterThan(200);
        assertInside(problems, "#wizard-problems");
        assertInside(robot.lookup("#wizard-next").query(), "#wizard-next");
        assertWrapsWhole(robot, problems);
        ScrollBar down = scrollBar(problems, Orientation.VERTICAL);
        assertThat(down.isVisible()).isTrue();
        assertThat(scrollBar(problems, Orientation.HORIZONTAL).isVisible()).isFalse();
        robot.interact(() -> problems.scrollTo(149));
        waitFor(() -> problems.lookupAll(".list-cell").stream()
                .anyMatch(c -> c instanceof ListCell<?> lc && lc.getIndex() == 149 && lc.isVisible()));
        assertThat(down.getValue()).isGreaterThan(0);
    }

    /** Every line the list shows is shown whole, wrapped over several lines within the list's width. */
    private static void assertWrapsWhole(FxRobot robot, ListView<String> list) throws Exception {
        waitFor(() -> list.lookupAll(".list-cell").stream()
                .anyMatch(c -> c instanceof ListCell<?> lc && lc.getIndex() == 0 && lc.getItem() != null));
        List<ListCell<?>> cells = list.lookupAll(".list-cell").stream()
                .<ListCell<?>>map(c -> (ListCell<?>) c)
                .filter(c -> c.isVisible() && c.getItem() != null)
                .filter(c -> inScene(c).getMaxY() <= inScene(list).getMaxY())
                .toList();
        assertThat(cells).hasSizeGreaterThan(3);
        for (ListCell<?> cell : cells) {
            Text shown = cell.lookupAll(".text").stream()
                    .map(Text.class::cast)
                    .filter(t -> t.getText() != null && !t.getText().isEmpty())
                    .findFirst()
                    .orElseThrow();
            assertThat(shown.getText().replaceAll("\\s+", " "))
                    .as("line " + cell.getIndex() + " shown whole, not cut short")
                    .isEqualTo(cell.getItem().toString().replaceAll("\\s+", " "));
            assertThat(cell.getHeight())
                    .as("a wrapped line is several lines high")
                    .isGreaterThan(2.5 * shown.getFont().getSize());
            assertThat(inScene(shown).getMaxX())
                    .isLessThanOrEqualTo(inScene(list).getMaxX() + 0.5);
            assertThat(inScene(shown).getMaxY())
                    .isLessThanOrEqualTo(inScene(cell).getMaxY() + 0.5);
        }
    }

    @Test
    void aNewPartysColourPickerShowsTheColourThatIsStored(FxRobot robot) throws Exception {
        waitFor(() -> state().getSession() != null);
        install(robot);
        Path csv = Files.write(dir.resolve("new.csv"), List.of("seat,candidate,party,votes", "NA-900,A,XYZ,100"));
        robot.interact(() -> wizard.open(csv));
        waitFor(() -> wizard.model().mapping().previewProperty().get() != null);
        robot.interact(() -> wizard.model().goTo(ImportWizardViewModel.Step.LABELS));
        waitFor(() -> !wizard.model().resolution().labels().isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<LabelChoice.Action> action = robot.lookup("#label-action-0").queryAs(ComboBox.class);
        robot.interact(() -> action.setValue(LabelChoice.Action.NEW_PARTY));
        String stored =
                wizard.model().resolution().labels().get(0).colourProperty().get();
        assertThat(stored).matches("#[0-9A-F]{6}");
        ColorPicker picker = robot.lookup("#label-colour-0").queryAs(ColorPicker.class);
        assertThat(picker.isVisible()).isTrue();
        assertThat(picker.getValue()).isEqualTo(Color.web(stored)).isNotEqualTo(Color.WHITE);
        // a colour picked is the one stored
        robot.interact(() -> {
            picker.setValue(Color.web("#123456"));
            picker.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(wizard.model().resolution().labels().get(0).colourProperty().get())
                .isEqualTo("#123456");
    }
}
