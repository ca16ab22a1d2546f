package org.allianceexplorer.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.table.TestDialogs;
import org.allianceexplorer.testing.WindowTest;
import org.allianceexplorer.tools.WindowShots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;

/**
 * Pictures of every step of File > Import…, light and dark, the main window at 1280x720: the Malaysia GE15 wide
 * file (detected, then its shipped mapping) and a small long CSV on the Pakistan dataset with a label to resolve.
 * Writes files and asserts nothing: {@code mvn -Pscreenshots test -Dtest=WizardScreenshots -Dscreenshots=DIR}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+", disabledReason = "writes files: run on demand")
class WizardScreenshots extends WindowTest {

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

    private Path dir() throws Exception {
        return Files.createDirectories(Path.of(System.getProperty("screenshots")));
    }

    private void shot(FxRobot robot, String name) throws Exception {
        waitFor(() -> !tasks.busyProperty().get());
        Thread.sleep(300);
        WindowShots.save(robot, wizard.stage(), dir().resolve("wizard-" + name + ".png"));
    }

    private void install(FxRobot robot, boolean dark) throws Exception {
        waitFor(() -> state().getSession() != null);
        robot.interact(() -> {
            state().darkThemeProperty().set(dark);
            wizard = new ImportWizard(stage, state(), window().model(), dialogs);
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

    @Test
    void malaysiaLight(FxRobot robot) throws Exception {
        malaysia(robot, false);
    }

    @Test
    void malaysiaDark(FxRobot robot) throws Exception {
        malaysia(robot, true);
    }

    @Test
    void karachiLight(FxRobot robot) throws Exception {
        karachi(robot, false);
    }

    @Test
    void karachiDark(FxRobot robot) throws Exception {
        karachi(robot, true);
    }

    private void malaysia(FxRobot robot, boolean dark) throws Exception {
        String theme = dark ? "-dark" : "-light";
        install(robot, dark);
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

    private void karachi(FxRobot robot, boolean dark) throws Exception {
        String theme = dark ? "-dark" : "-light";
        install(robot, dark);
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
}
