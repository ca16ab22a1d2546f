package org.allianceexplorer.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.allianceexplorer.app.MainWindow;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.edit.Choice;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.testing.LaptopWindowTest;
import org.allianceexplorer.testing.TestServer;
import org.allianceexplorer.tools.WindowShots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;

/**
 * Editing on screen, light and dark, at 1280x720: the New claim dialog empty (what each field wants) and
 * filled, and the History screen after the claim, as {@code editing-*-THEME.png}. Run with
 * {@code mvn -Pscreenshots test -Dtest=EditingScreenshots -Dscreenshots=DIR}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+", disabledReason = "writes files: run on demand")
class EditingScreenshots extends LaptopWindowTest {

    @Test
    @SuppressWarnings("unchecked")
    void newClaimAndHistoryInBothThemes(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots"));
        Files.createDirectories(dir);
        for (boolean dark : new boolean[] {false, true}) {
            String theme = dark ? "dark" : "light";
            openCopyForEditing(robot, dark);
            robot.interact(() -> state().screenProperty().set("deals"));
            robot.interact(() -> window().model().edits().newClaim());
            waitFor(() -> robot.lookup("#new-claim-save").tryQuery().isPresent());
            Stage dialog =
                    (Stage) robot.lookup("#new-claim-save").query().getScene().getWindow();
            ComboBox<Choice> seat = robot.lookup("#new-claim-seat").queryAs(ComboBox.class);
            waitFor(() -> !seat.getItems().isEmpty());
            WindowShots.save(robot, dialog, dir.resolve("editing-new-claim-empty-" + theme + ".png"));
            ComboBox<Choice> giver = robot.lookup("#new-claim-giver").queryAs(ComboBox.class);
            ComboBox<Choice> receiver = robot.lookup("#new-claim-receiver").queryAs(ComboBox.class);
            robot.interact(() -> {
                seat.setValue(seat.getItems().stream()
                        .filter(c -> c.text().startsWith("NA-242"))
                        .findFirst()
                        .orElseThrow());
                giver.setValue(giver.getItems().stream()
                        .filter(c -> c.text().startsWith("PPP"))
                        .findFirst()
                        .orElseThrow());
                receiver.setValue(receiver.getItems().stream()
                        .filter(c -> c.text().startsWith("MQM-P"))
                        .findFirst()
                        .orElseThrow());
            });
            robot.clickOn("#new-claim-url").write("https://www.dawn.com/news/1812345");
            robot.clickOn("#new-claim-outlet").write("Dawn");
            robot.clickOn("#new-claim-quotation")
                    .write("The PPP withdrew its candidate from NA-242 in favour of the MQM-P's Mustafa Kamal.");
            waitFor(() -> "Syed Mustafa Kamal"
                    .equals(robot.lookup("#new-claim-candidate")
                            .queryTextInputControl()
                            .getText()));
            WindowShots.save(robot, dialog, dir.resolve("editing-new-claim-filled-" + theme + ".png"));
            robot.clickOn("#new-claim-save");
            waitFor(() -> robot.lookup("#new-claim-save").tryQuery().isEmpty());
            WindowShots.save(robot, stage, dir.resolve("editing-deals-" + theme + ".png"));
            robot.interact(() -> state().screenProperty().set("history"));
            Thread.sleep(1500);
            WindowShots.save(robot, stage, dir.resolve("editing-history-" + theme + ".png"));
            assertThat(Window.getWindows().stream().filter(Window::isShowing)).hasSize(1);
        }
    }

    /**
     * The record forms, light and dark: a party's page with the edit bar; the Add party form half filled (Urdu
     * name, colour, a date's precision, a problem beside its field, a new source typed inline); a membership's
     * Change form with the source picker's list open; the question before deleting an alliance and its
     * memberships. As {@code editing-detail-bar-*}, {@code editing-form-party-*}, {@code
     * editing-form-membership-*}, {@code editing-delete-*}.
     */
    @Test
    void formsInBothThemes(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots"));
        Files.createDirectories(dir);
        for (boolean dark : new boolean[] {false, true}) {
            String theme = dark ? "dark" : "light";
            openCopyForEditing(robot, dark);
            var db = state().getSession().database();
            long mqm = EditFixture.id(db, "SELECT id FROM party WHERE abbreviation = 'MQM-P'");
            robot.interact(() -> state().screenProperty().set("parties"));
            robot.interact(() -> state().navigation().go(new RecordRef(RecordKind.PARTIES, mqm, "MQM-P")));
            waitFor(() -> robot.lookup("#detail-change").tryQuery().isPresent());
            Thread.sleep(800);
            WindowShots.save(robot, stage, dir.resolve("editing-detail-bar-" + theme + ".png"));

            Stage form = ippForm(robot, window());
            fill(robot, "#form-colour", "#1B5E20");
            fill(robot, "#form-founded", "June 2023");
            fill(robot, "#form-dissolved", "2022");
            robot.interact(() -> robot.lookup("#form-cite-new")
                    .queryAs(javafx.scene.control.RadioButton.class)
                    .fire());
            fill(robot, "#form-cite-url", "https://www.dawn.com/news/1755237");
            fill(robot, "#form-cite-outlet", "Dawn");
            robot.interact(() -> robot.lookup("#form-abbreviation").query().requestFocus());
            WindowShots.save(robot, form, dir.resolve("editing-form-party-" + theme + ".png"));
            robot.interact(form::close);

            long membership = EditFixture.id(
                    db,
                    "SELECT min(m.id) FROM membership m JOIN party p ON p.id = m.party_id WHERE p.abbreviation = 'MQM-P'");
            robot.interact(() -> window().model().edits().change(EditKind.MEMBERSHIP, membership));
            waitFor(() -> robot.lookup("#form-save").tryQuery().isPresent());
            Stage change = (Stage) robot.lookup("#form-save").query().getScene().getWindow();
            waitFor(() -> !robot.lookup("#form-party_id")
                    .queryAs(javafx.scene.control.TextField.class)
                    .getText()
                    .isEmpty());
            fill(robot, "#form-to_date", "2024-02");
            fill(robot, "#form-cite-source", "Dawn");
            waitFor(() -> popup() != null);
            Thread.sleep(300);
            WindowShots.save(robot, change, dir.resolve("editing-form-membership-" + theme + ".png"), popup());
            robot.interact(change::close);

            long pdm = EditFixture.id(
                    db, "SELECT alliance_id FROM membership GROUP BY alliance_id ORDER BY count(*) DESC LIMIT 1");
            robot.interact(() -> window().model().edits().delete(EditKind.ALLIANCE, pdm));
            waitFor(() -> robot.lookup("#confirm-yes").tryQuery().isPresent());
            Stage confirm =
                    (Stage) robot.lookup("#confirm-yes").query().getScene().getWindow();
            Thread.sleep(300);
            WindowShots.save(robot, confirm, dir.resolve("editing-delete-" + theme + ".png"));
            robot.interact(confirm::close);
            assertThat(Window.getWindows().stream().filter(Window::isShowing)).hasSize(1);
        }
    }

    /**
     * A team database (issue 17) edited at two desks: this window's change of MQM-P is saved after another editor
     * renamed it, and the form says so with the other change; as {@code editing-stale-THEME.png}. Needs the test
     * server ({@code scripts/test-postgres.sh start}).
     */
    @Test
    void staleEditOnATeamDatabaseInBothThemes(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots"));
        Files.createDirectories(dir);
        for (boolean dark : new boolean[] {false, true}) {
            String theme = dark ? "dark" : "light";
            ServerAddress a = TestServer.newCopy(EditFixture.bundledFile());
            robot.interact(() -> state().darkThemeProperty().set(dark));
            robot.interact(() -> window().model().openServer(a, null));
            waitFor(() -> state().getSession() != null
                    && a.equals(state().getSession().database().server()));
            robot.interact(() -> window().model().edits().startEditing());
            waitFor(() -> state().getSession().editable());
            long mqm = EditFixture.id(
                    state().getSession().database(), "SELECT id FROM party WHERE abbreviation = 'MQM-P'");
            robot.interact(() -> window().model().edits().change(EditKind.PARTY, mqm));
            waitFor(() -> robot.lookup("#form-save").tryQuery().isPresent());
            Stage form = (Stage) robot.lookup("#form-save").query().getScene().getWindow();
            waitFor(() -> !robot.lookup("#form-name")
                    .queryAs(javafx.scene.control.TextField.class)
                    .getText()
                    .isEmpty());
            fill(robot, "#form-name", "Muttahida Qaumi Movement-Pakistan");
            robot.interact(() -> robot.lookup("#form-cite-new")
                    .queryAs(javafx.scene.control.RadioButton.class)
                    .fire());
            fill(robot, "#form-cite-url", "https://www.dawn.com/news/1812345");
            fill(robot, "#form-cite-outlet", "Dawn");
            fill(robot, "#form-cite-title", "MQM-P registers its full name");
            fill(robot, "#form-cite-published", "2024-01-20");
            fill(robot, "#form-cite-quotation", "the party's name as registered");
            waitFor(() -> !robot.lookup("#form-save")
                    .queryAs(javafx.scene.control.Button.class)
                    .isDisabled());
            // meanwhile at the other desk
            try (var c = TestServer.connect(a);
                    var ps = c.prepareStatement("UPDATE party SET name = ? WHERE id = ?")) {
                ps.setString(1, "MQM Pakistan");
                ps.setLong(2, mqm);
                ps.executeUpdate();
            }
            robot.interact(() -> robot.lookup("#form-save")
                    .queryAs(javafx.scene.control.Button.class)
                    .fire());
            waitFor(() -> !robot.lookup("#form-problem")
                    .queryAs(javafx.scene.control.Label.class)
                    .getText()
                    .isEmpty());
            // the field the other desk changed in view, as the analyst reads the message
            robot.interact(() -> robot.lookup("#form-name").query().requestFocus());
            Thread.sleep(300);
            WindowShots.save(robot, form, dir.resolve("editing-stale-" + theme + ".png"));
            robot.interact(form::close);
        }
    }

    /**
     * A reader's window on a team database (issue 17): the Edit menu open with its writes off, and "Read only" in
     * the status bar; as {@code team-reader-THEME.png}. Needs the test server.
     */
    @Test
    void aReadersWindowInBothThemes(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots"));
        Files.createDirectories(dir);
        ServerAddress a = TestServer.newCopy(EditFixture.bundledFile());
        String reader = "bilal_" + ProcessHandle.current().pid();
        try {
            ServerAddress asReader = TestServer.reader(a, reader, "r-pw");
            for (boolean dark : new boolean[] {false, true}) {
                String theme = dark ? "dark" : "light";
                robot.interact(() -> state().darkThemeProperty().set(dark));
                robot.interact(() -> window().model().openServer(asReader, "r-pw".toCharArray()));
                waitFor(() -> state().getSession() != null
                        && asReader.equals(state().getSession().database().server()));
                robot.interact(() -> state().screenProperty().set("deals"));
                Thread.sleep(1200);
                robot.clickOn("#menu-edit");
                waitFor(() -> WindowShots.openMenu() != null);
                Thread.sleep(300);
                WindowShots.save(robot, stage, dir.resolve("team-reader-" + theme + ".png"), WindowShots.openMenu());
                robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
            }
        } finally {
            Path bundled = EditFixture.bundledFile();
            robot.interact(() -> window().model().open(bundled));
            TestServer.admin("DROP DATABASE IF EXISTS " + a.database() + " WITH (FORCE)");
            TestServer.admin("DROP ROLE IF EXISTS " + reader);
        }
    }

    /** A copy of the bundled dataset ("karachi 2024"), opened for editing in the theme asked for. */
    private void openCopyForEditing(FxRobot robot, boolean dark) throws Exception {
        Path mine = EditFixture.copy(Files.createTempDirectory("ae-edit-shots").resolve("karachi 2024.sqlite"));
        robot.interact(() -> state().darkThemeProperty().set(dark));
        openForEditing(robot, mine);
    }

    private static Window popup() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.Popup && w.isShowing())
                .findFirst()
                .orElse(null);
    }

    /** Edit > Add party… opened and filled with IPP's abbreviation and names (both languages' pictures start so). */
    static Stage ippForm(FxRobot robot, MainWindow window) throws Exception {
        robot.interact(() -> window.model().edits().add(EditKind.PARTY));
        waitFor(() -> robot.lookup("#form-save").tryQuery().isPresent());
        Stage form = (Stage) robot.lookup("#form-save").query().getScene().getWindow();
        fill(robot, "#form-abbreviation", "IPP");
        fill(robot, "#form-name", "Istehkam-e-Pakistan Party");
        fill(robot, "#form-native_name", "استحکامِ پاکستان پارٹی");
        return form;
    }
}
