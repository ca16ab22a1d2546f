package org.allianceexplorer.editing;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.testing.InUrdu;
import org.allianceexplorer.testing.LaptopWindowTest;
import org.allianceexplorer.tools.WindowShots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;

/**
 * The editing form and File > Connect to server… in Urdu, right to left, at 1280x720, light and dark: the forms'
 * field labels and the dialog's own words (issue 16's translation), as {@code urdu-editing-form-party-THEME.png} and
 * {@code urdu-connect-THEME.png}. Run with {@code mvn -Pscreenshots test -Dtest=UrduEditingScreenshots
 * -Dscreenshots=DIR}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+", disabledReason = "writes files: run on demand")
@InUrdu
class UrduEditingScreenshots extends LaptopWindowTest {

    @Test
    void addPartyFormAndConnectDialog(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots"));
        Files.createDirectories(dir);
        for (boolean dark : new boolean[] {false, true}) {
            String theme = dark ? "dark" : "light";
            Path mine =
                    EditFixture.copy(Files.createTempDirectory("ae-urdu-shots").resolve("karachi.aedb"));
            robot.interact(() -> state().darkThemeProperty().set(dark));
            openForEditing(robot, mine);

            Stage form = EditingScreenshots.ippForm(robot, window());
            fill(robot, "#form-founded", "2023-06");
            robot.interact(() -> robot.lookup("#form-abbreviation").query().requestFocus());
            Thread.sleep(300);
            WindowShots.save(robot, form, dir.resolve("urdu-editing-form-party-" + theme + ".png"));
            robot.interact(form::close);

            robot.clickOn("#menu-file").clickOn("#menu-connect");
            waitFor(() -> robot.lookup("#connect-dialog").tryQuery().isPresent());
            robot.interact(() -> {
                robot.lookup("#connect-host")
                        .queryAs(javafx.scene.control.TextField.class)
                        .setText("db.newsroom.example.org");
                robot.lookup("#connect-database")
                        .queryAs(javafx.scene.control.TextField.class)
                        .setText("alliances");
                robot.lookup("#connect-user")
                        .queryAs(javafx.scene.control.TextField.class)
                        .setText("ayesha");
            });
            Thread.sleep(300);
            Stage connect =
                    (Stage) robot.lookup("#connect-dialog").query().getScene().getWindow();
            WindowShots.save(robot, connect, dir.resolve("urdu-connect-" + theme + ".png"));
            robot.interact(connect::close);
        }
    }
}
