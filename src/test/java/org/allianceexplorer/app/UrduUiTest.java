package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.allianceexplorer.testing.InUrdu;
import org.allianceexplorer.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The window in Urdu (issue 16): chosen in the preferences, the menus, toolbar, status bar and dialogs speak
 * Urdu and the window is laid out right to left; dates and numbers follow Pakistan's Urdu locale.
 */
@InUrdu
class UrduUiTest extends WindowTest {

    @Test
    void theMenusSpeakUrduAndTheWindowReadsRightToLeft(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus().stream().map(m -> m.getText()))
                .containsExactly("فائل", "ترمیم", "منظر", "جائیں", "برآمد", "مدد");
        assertThat(stage.getScene().getNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(window().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        // the navigation bar is on the right, the detail pane on the left
        double nav = robot.lookup("#navigation").query().localToScene(0, 0).getX();
        double detail = robot.lookup("#detail-area").query().localToScene(0, 0).getX();
        assertThat(nav).isGreaterThan(detail);
        assertThat(robot.lookup("#status-as-of").queryAs(Label.class).getText()).isEqualTo("تازہ ترین");
        assertThat(Locale.getDefault(Locale.Category.FORMAT).toLanguageTag()).isEqualTo("ur-PK");
        // the window's own messages too: the title, and the status bar's summary of the open database
        waitFor(() -> state().getSession() != null);
        assertThat(stage.getTitle()).startsWith("الائنس ایکسپلورر: ");
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText())
                .contains("38 جماعتیں")
                .contains("نشستوں کے سمجھوتے")
                .doesNotContain("parties");
        assertThat(window().model().edits().undoLabelProperty().get()).isEqualTo("واپس کریں");

        robot.clickOn("#menu-help").clickOn("#menu-about");
        waitFor(() -> robot.lookup("#about-version").tryQuery().isPresent());
        Window about = robot.lookup("#about-version").query().getScene().getWindow();
        assertThat(((Stage) about).getTitle()).isEqualTo("الائنس ایکسپلورر کے بارے میں");
        assertThat(about.getScene().getNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    }
}
