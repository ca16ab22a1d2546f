package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 11: File > Bundled datasets opens Pakistan (its old shortcut) or Malaysia GE15, and back. */
class BundledDatasetsMenuUiTest extends WindowTest {

    @Test
    void fileBundledDatasetsOpensMalaysiaAndPakistan(FxRobot robot) throws Exception {
        TableView<Party> table = robot.lookup("#parties-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu bundled = (Menu) bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-bundled".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(bundled.getText()).isEqualTo("Bundled datasets");
        assertThat(bundled.getItems())
                .extracting(MenuItem::getId)
                .containsExactly("menu-bundled-pakistan", "menu-bundled-malaysia-ge15");
        MenuItem pakistan = bundled.getItems().get(0);
        MenuItem malaysia = bundled.getItems().get(1);
        assertThat(pakistan.getAccelerator())
                .isEqualTo(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+B"));
        assertThat(malaysia.getText()).isEqualTo("Malaysia GE15 (2022)");

        robot.interact(malaysia::fire);
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> table.getItems().stream().anyMatch(p -> p.abbreviation().equals("DAP")));
        assertThat(table.getItems())
                .extracting(Party::abbreviation)
                .contains("UMNO", "PAS", "PBB")
                .doesNotContain("MQM-P");
        assertThat(stage.getTitle()).isEqualTo("Alliance Explorer \u2014 Bundled dataset (Malaysia GE15, 2022)");

        robot.interact(pakistan::fire);
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> table.getItems().stream().anyMatch(p -> p.abbreviation().equals("MQM-P")));
        assertThat(stage.getTitle()).isEqualTo("Alliance Explorer \u2014 Bundled dataset (Pakistan)");
    }
}
