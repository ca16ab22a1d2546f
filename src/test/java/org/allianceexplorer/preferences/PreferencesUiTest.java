package org.allianceexplorer.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import org.allianceexplorer.app.Preferences;
import org.allianceexplorer.app.Settings;
import org.allianceexplorer.figure.FigureFormat;
import org.allianceexplorer.figure.PageSetup;
import org.allianceexplorer.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edit > Preferences… (issue 16): what is saved is remembered in the settings and applied at once where it can be
 * (theme, font size, editor name), and the dialog opens again on what was saved; Cancel changes nothing.
 */
class PreferencesUiTest extends WindowTest {

    private final Settings settings = windowOf(1360, 820);

    @Override
    protected Settings settings() {
        return settings;
    }

    @Test
    void savedPreferencesAreRememberedAndApplied(FxRobot robot) throws Exception {
        assertThat(state().darkThemeProperty().get()).isFalse();
        open(robot);
        robot.clickOn("#prefs-dark");
        robot.interact(() -> {
            robot.lookup("#prefs-font-size")
                    .queryAs(Spinner.class)
                    .getValueFactory()
                    .setValue(18);
            choice(robot, "#prefs-export-format").setValue(FigureFormat.SVG);
            choice(robot, "#prefs-dpi").setValue(600);
            choice(robot, "#prefs-paper").setValue(PageSetup.Paper.LETTER);
            choice(robot, "#prefs-language").setValue("ur");
        });
        fill(robot, "#prefs-credits", "Figure: Karachi Desk");
        fill(robot, "#prefs-editor", "Hiba");
        robot.clickOn("#prefs-start-bundled");
        robot.clickOn("Save");
        WaitForAsyncUtils.waitForFxEvents();

        Preferences saved = Preferences.read(settings);
        assertThat(saved)
                .isEqualTo(new Preferences(
                        true,
                        18,
                        "ur",
                        FigureFormat.SVG,
                        600,
                        PageSetup.Paper.LETTER,
                        "Figure: Karachi Desk",
                        "Hiba",
                        false));
        assertThat(window().model().preferences()).isEqualTo(saved);
        assertThat(saved.copyScale()).isEqualTo(4);
        // applied now: theme, font size, the name history records; the language at the next start
        assertThat(state().darkThemeProperty().get()).isTrue();
        assertThat(window().getStyle()).contains("-fx-font-size: 18px");
        assertThat(window().model().edits().editor()).isEqualTo("Hiba");

        // the dialog opens on what was saved; Cancel keeps it
        open(robot);
        assertThat(robot.lookup("#prefs-credits").queryAs(TextField.class).getText())
                .isEqualTo("Figure: Karachi Desk");
        assertThat(choice(robot, "#prefs-paper").getValue()).isEqualTo(PageSetup.Paper.LETTER);
        robot.interact(
                () -> robot.lookup("#prefs-credits").queryAs(TextField.class).setText("changed"));
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Preferences.read(settings).credits()).isEqualTo("Figure: Karachi Desk");
    }

    @Test
    void badValuesInTheSettingsAreTheirDefaults() {
        Settings s = Settings.memory();
        s.put("ui.font-size", "999");
        s.put("ui.language", "'; DROP TABLE");
        s.put("export.format", "=cmd|");
        s.put("export.dpi", "-5");
        s.put("export.paper", "napkin");
        Preferences p = Preferences.read(s);
        assertThat(p.fontSize()).isEqualTo(Preferences.MAX_FONT);
        assertThat(p.language()).isEqualTo("en");
        assertThat(p.exportFormat()).isEqualTo(FigureFormat.PNG);
        assertThat(p.dpi()).isEqualTo(300);
        assertThat(p.paper()).isEqualTo(PageSetup.Paper.A4);
        assertThat(p.openLastAtStart()).isTrue();
    }

    private void open(FxRobot robot) throws Exception {
        robot.clickOn("#menu-edit").clickOn("#menu-preferences");
        waitFor(() ->
                robot.lookup("#preferences").tryQuery().filter(Node::isVisible).isPresent());
        assertThat(robot.lookup("#preferences").queryAs(DialogPane.class)).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private static <X> ChoiceBox<X> choice(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ChoiceBox.class);
    }
}
