package org.allianceexplorer.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.domain.edit.Choice;
import org.allianceexplorer.testing.WindowTest;
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
class EditingScreenshots extends WindowTest {

    @Override
    protected double windowWidth() {
        return 1280;
    }

    @Override
    protected double windowHeight() {
        return 720;
    }

    @Test
    @SuppressWarnings("unchecked")
    void newClaimAndHistoryInBothThemes(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots"));
        Files.createDirectories(dir);
        for (boolean dark : new boolean[] {false, true}) {
            String theme = dark ? "dark" : "light";
            Path mine =
                    EditFixture.copy(Files.createTempDirectory("ae-edit-shots").resolve("karachi 2024.sqlite"));
            robot.interact(() -> state().darkThemeProperty().set(dark));
            robot.interact(() -> window().model().open(mine));
            waitFor(() -> state().getSession() != null
                    && state().getSession().database().path().equals(mine));
            robot.interact(() -> window().model().edits().startEditing());
            waitFor(() -> state().getSession().editable());
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
}
