package org.allianceexplorer.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.table.TestDialogs;
import org.allianceexplorer.testing.LaptopWindowTest;
import org.allianceexplorer.tools.WindowShots;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;

/**
 * Pictures of every step of File > Import…, light and dark, the wizard sized as it opens on a 1280x720 and on a
 * 1024x700 screen: the Malaysia GE15 wide file (detected, then its shipped mapping), a small long CSV on the
 * Pakistan dataset with a label to resolve, a file of many bad rows (the problems list), and a colleague's dataset
 * folder into the open database (a record that differs refused and listed, then taken). Writes files and
 * asserts nothing: {@code mvn -Pscreenshots test -Dtest=WizardScreenshots -Dscreenshots=DIR}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+", disabledReason = "writes files: run on demand")
class WizardScreenshots extends LaptopWindowTest {

    private final TestDialogs dialogs = new TestDialogs();
    private ImportWizard wizard;
    private String screen = "";

    private Path dir() throws Exception {
        return Files.createDirectories(Path.of(System.getProperty("screenshots")));
    }

    /** The start of every file's name. */
    String prefix() {
        return "wizard-";
    }

    private void shot(FxRobot robot, String name) throws Exception {
        waitFor(() -> !tasks.busyProperty().get());
        Thread.sleep(300);
        WindowShots.save(robot, wizard.stage(), dir().resolve(prefix() + name + screen + ".png"));
    }

    private void install(FxRobot robot, boolean dark, int width, int height) throws Exception {
        waitFor(() -> state().getSession() != null);
        screen = "-" + width + "x" + height;
        robot.interact(() -> {
            state().darkThemeProperty().set(dark);
            wizard = new ImportWizard(stage, state(), window().model(), dialogs);
            wizard.fitTo(new Rectangle2D(0, 0, width, height));
            window().model().datasets().useWizard(wizard::open);
        });
    }

    private void set(FxRobot robot, String id, String text) {
        robot.interact(() -> {
            var n = robot.lookup(id).query();
            if (n instanceof ComboBox<?> c) {
                c.getEditor().setText(text);
            } else {
                ((TextField) n).setText(text);
            }
        });
    }

    @ParameterizedTest
    @CsvSource({"false,1280,720", "true,1280,720", "false,1024,700", "true,1024,700"})
    void malaysia(boolean dark, int width, int height, FxRobot robot) throws Exception {
        String theme = dark ? "-dark" : "-light";
        install(robot, dark, width, height);
        robot.interact(() -> window().model().openBundled(BundledDataset.MALAYSIA_GE15));
        waitFor(() -> state().getSession().name().equals(BundledDataset.MALAYSIA_GE15.name()));
        robot.interact(() -> wizard.open(null));
        shot(robot, "1-choose" + theme);
        Path file = Path.of("../shared/data/malaysia-ge15-2022/MALAYSIA_2022_PARLIAMENT_RESULTS.csv");
        robot.interact(() -> wizard.model().choose(file));
        waitFor(() -> wizard.model().mapping().previewProperty().get() != null);
        shot(robot, "2-detected-malaysia" + theme);
        robot.interact(() -> wizard.model().next());
        shot(robot, "3-columns-malaysia-detected" + theme);
        robot.interact(() ->
                wizard.model().mapping().loadMapping(Path.of("data/mappings/malaysia-ge15-parliament.properties")));
        set(robot, "#wizard-election", "my-ge15");
        set(robot, "#wizard-assembly", "DR");
        waitFor(() -> !tasks.busyProperty().get());
        shot(robot, "3-columns-malaysia-mapping" + theme);
        robot.interact(() -> wizard.model().next());
        waitFor(() -> !wizard.model().importCheck().checkingProperty().get());
        shot(robot, "4-labels-malaysia" + theme);
        robot.interact(() -> wizard.model().next());
        shot(robot, "5-problems-malaysia" + theme);
    }

    @ParameterizedTest
    @CsvSource({"false,1280,720", "true,1280,720", "false,1024,700", "true,1024,700"})
    void karachi(boolean dark, int width, int height, FxRobot robot) throws Exception {
        String theme = dark ? "-dark" : "-light";
        install(robot, dark, width, height);
        Path csv = Files.write(
                dir().resolve("karachi-example.csv"),
                List.of(
                        "seat,candidate,party,votes,votes_final",
                        "NA-900,Candidate A,MQM-P,n/a,61944",
                        "NA-900,Candidate B,Awami National Party,n/a,30011",
                        "NA-900,Candidate E,Haqooq-e-Karachi,n/a,1200",
                        "NA-901,Candidate C,PPP,n/a,42000",
                        "NA-901,Candidate D,Awami National Party,n/a,3000"));
        robot.interact(() -> wizard.open(csv));
        waitFor(() -> wizard.model().mapping().previewProperty().get() != null);
        robot.interact(() -> wizard.model().next());
        shot(robot, "3-columns-karachi-before" + theme);
        robot.interact(
                () -> wizard.model().mapping().columns().get(4).roleProperty().set(Role.VOTES));
        set(robot, "#wizard-election", "test-2030");
        set(robot, "#wizard-election-name", "Karachi by-elections 2030 (example)");
        set(robot, "#wizard-polling-day", "2030-01-01");
        set(robot, "#wizard-country", "PAK");
        set(robot, "#wizard-assembly", "NA");
        set(robot, "#wizard-source-outlet", "Example outlet");
        set(robot, "#wizard-source-url", "https://example.org/karachi");
        shot(robot, "3-columns-karachi-after" + theme);
        robot.interact(() -> wizard.model().next());
        waitFor(() -> !wizard.model().importCheck().checkingProperty().get());
        robot.interact(() -> {
            LabelChoice anp = wizard.model().resolution().labels().stream()
                    .filter(l -> l.label().equals("Awami National Party"))
                    .findFirst()
                    .orElseThrow();
            anp.actionProperty().set(LabelChoice.Action.ALIAS);
            anp.partyProperty().set("ANP");
            LabelChoice hk = wizard.model().resolution().labels().stream()
                    .filter(l -> l.label().equals("Haqooq-e-Karachi"))
                    .findFirst()
                    .orElseThrow();
            hk.actionProperty().set(LabelChoice.Action.NEW_PARTY);
            hk.abbreviationProperty().set("HK");
            hk.nameProperty().set("Haqooq-e-Karachi Tehreek");
        });
        shot(robot, "4-labels-karachi" + theme);
        robot.interact(() -> wizard.model().goTo(ImportWizardViewModel.Step.CHECK));
        waitFor(() -> wizard.model().importCheck().checkProperty().get() != null);
        shot(robot, "5-problems-karachi" + theme);
        robot.interact(() -> wizard.model().next());
        shot(robot, "6-import-karachi" + theme);
        Path out = dir().resolve("karachi-example" + theme + ".sqlite");
        Files.deleteIfExists(out);
        dialogs.saveTo = out;
        robot.interact(() -> wizard.model().importNow());
        waitFor(() -> wizard.model().importRun().doneProperty().get());
        shot(robot, "6-imported-karachi" + theme);
        Files.deleteIfExists(out);
    }

    @ParameterizedTest
    @CsvSource({"false,1024,700", "true,1280,720"})
    void manyProblems(boolean dark, int width, int height, FxRobot robot) throws Exception {
        String theme = dark ? "-dark" : "-light";
        install(robot, dark, width, height);
        Path csv = Files.write(dir().resolve("many-bad-rows.csv"), ImportWizardUiTest.manyBadRows(150));
        robot.interact(() -> wizard.open(csv));
        waitFor(() -> wizard.model().mapping().previewProperty().get() != null);
        shot(robot, "2-detected-bad-rows" + theme);
        robot.interact(() -> {
            wizard.model().form().electionProperty().set("pk-2024");
            wizard.model().form().assemblyProperty().set("NA");
            wizard.model().form().sourceOutletProperty().set("Example outlet");
            wizard.model().goTo(ImportWizardViewModel.Step.CHECK);
        });
        waitFor(() -> wizard.model().importCheck().checkProperty().get() != null);
        shot(robot, "5-problems-bad-rows" + theme);
    }

    @ParameterizedTest
    @CsvSource({"false,1280,720", "true,1280,720", "false,1024,700"})
    void colleaguesDataset(boolean dark, int width, int height, FxRobot robot) throws Exception {
        String theme = dark ? "-dark" : "-light";
        install(robot, dark, width, height);
        Path work = Files.createTempDirectory("ae-wizard-dataset");
        EditedDataset.Pair pair = EditedDataset.beside(work, "my-alliances.sqlite", "colleague-karachi-2024");
        Path mine = pair.mine();
        Path colleague = pair.colleague();
        robot.interact(() -> window().model().open(mine));
        waitFor(() -> state().getSession().name().equals("my-alliances.sqlite"));
        // open for editing, as a user who keeps their records there would have it: the import becomes Undo's
        robot.interact(() -> window().model().edits().startEditing());
        waitFor(() -> state().getSession().editable());
        robot.interact(() -> wizard.open(colleague));
        robot.interact(() -> wizard.model().next());
        shot(robot, "6-import-dataset" + theme);
        robot.interact(() -> wizard.model().importNow());
        waitFor(() -> wizard.model().stepProperty().get() == ImportWizardViewModel.Step.CHECK);
        shot(robot, "5-problems-dataset" + theme);
        robot.interact(() -> {
            wizard.model().next();
            wizard.model().importRun().takeTheirsProperty().set(true);
            wizard.model().importNow();
        });
        waitFor(() -> wizard.model().importRun().doneProperty().get());
        shot(robot, "6-imported-dataset" + theme);
        // the import in the History screen, and the Edit menu offering to undo it
        robot.interact(() -> {
            wizard.stage().close();
            state().screenProperty().set("history");
        });
        Thread.sleep(1500);
        // its first row selected: the record it added in the detail pane, and Undo naming the import
        robot.interact(() -> robot.lookup("#history-view .table-view")
                .queryAs(TableView.class)
                .getSelectionModel()
                .select(0));
        Thread.sleep(800);
        WindowShots.save(robot, stage, dir().resolve(prefix() + "7-history-dataset" + theme + screen + ".png"));
        robot.clickOn("#menu-edit");
        waitFor(() -> WindowShots.openMenu() != null);
        Thread.sleep(300);
        WindowShots.save(
                robot,
                stage,
                dir().resolve(prefix() + "7-undo-dataset" + theme + screen + ".png"),
                WindowShots.openMenu());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        // the History with one line per edit: the import is one line
        robot.clickOn("#history-per-edit");
        Thread.sleep(800);
        robot.interact(() -> robot.lookup("#history-view .table-view")
                .queryAs(TableView.class)
                .getSelectionModel()
                .select(0));
        Thread.sleep(500);
        WindowShots.save(
                robot, stage, dir().resolve(prefix() + "7-history-per-edit-dataset" + theme + screen + ".png"));
        robot.clickOn("#history-per-edit");
        robot.interact(() -> window().model().openBundled(BundledDataset.PAKISTAN));
        waitFor(() -> !state().getSession().name().equals("my-alliances.sqlite"));
        try (var files = Files.walk(work)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
