package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.Event;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.allianceexplorer.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Export > Animation… in the window: there, and on while the Relationships screen is shown. */
class ExportAnimationUiTest extends WindowTest {

    @Test
    void theExportMenuOffersTheAnimationOfTheGraphOnItsScreen(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu export = bar.getMenus().stream()
                .filter(m -> "menu-export".equals(m.getId()))
                .findFirst()
                .orElseThrow();
        MenuItem animation = export.getItems().stream()
                .filter(i -> "menu-export-animation".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(animation.getText()).isEqualTo("Animation of the relationship graph (GIF)\u2026");
        assertThat(export.getItems())
                .extracting(MenuItem::getId)
                .containsSubsequence("menu-export-full-pdf", "menu-export-animation", "menu-export-bundle");

        // on a table screen there is nothing to animate
        robot.interact(() -> state().screenProperty().set("parties"));
        robot.interact(() -> Event.fireEvent(export, new Event(Menu.ON_SHOWING)));
        assertThat(animation.isDisable()).isTrue();

        robot.interact(() -> state().screenProperty().set("graph"));
        robot.interact(() -> Event.fireEvent(export, new Event(Menu.ON_SHOWING)));
        assertThat(animation.isDisable()).isFalse();
        assertThat(window().currentScreen().flatMap(Screen::animation))
                .hasValueSatisfying(s -> assertThat(s.subject()).isEqualTo("the relationship graph"));
    }
}
