package org.allianceexplorer.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.allianceexplorer.app.Shortcut;
import org.allianceexplorer.app.WrappedText;
import org.allianceexplorer.io.BuildInfo;
import org.allianceexplorer.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Help menu (issue 16): the user guide drawn from docs/user-guide.md with its pictures, the keyboard shortcuts
 * read from the menus and controls (every menu accelerator listed, no two actions on one key), and About with the
 * build's version, each library's licence and the data's credits.
 */
class HelpUiTest extends WindowTest {

    @Test
    void theUserGuideShowsTheGuideWithItsPictures(FxRobot robot) throws Exception {
        robot.push(KeyCode.F1);
        waitFor(() -> robot.lookup("#user-guide").tryQuery().isPresent());
        GuideView guide = robot.lookup("#user-guide").queryAs(GuideView.class);
        assertThat(guide.headings())
                .contains(
                        "Alliance Explorer: user guide",
                        "The founding case, step by step",
                        "Exporting for reports",
                        "Keyboard shortcuts");
        List<ImageView> pictures =
                new ArrayList<>(robot.lookup(".guide-picture").queryAllAs(ImageView.class));
        assertThat(pictures).hasSizeGreaterThan(10);
        waitFor(() -> pictures.get(0).getImage().getProgress() >= 1);
        assertThat(pictures.get(0).getImage().isError()).isFalse();
        assertThat(pictures.get(0).getImage().getWidth()).isGreaterThan(400);
    }

    @Test
    void theShortcutsListEveryMenuAcceleratorAndTheControlsKeysWithNoKeyTwice(FxRobot robot) throws Exception {
        robot.clickOn("#menu-help").clickOn("#menu-shortcuts");
        waitFor(() -> robot.lookup("#shortcuts-table").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Shortcut> table = robot.lookup("#shortcuts-table").queryAs(TableView.class);
        Set<String> listed = new HashSet<>();
        for (Shortcut s : table.getItems()) {
            listed.add(s.keys().getName());
        }
        // every accelerator of every menu, walked here independently of the window's own walk
        List<String> accelerators = new ArrayList<>();
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        for (Menu m : bar.getMenus()) {
            walk(m, accelerators);
        }
        assertThat(accelerators).hasSizeGreaterThan(20);
        assertThat(listed).containsAll(accelerators);
        assertThat(listed)
                .contains(Stream.of("Shortcut+L", "Shortcut+F", "Shortcut+C", "Shortcut+Alt+C", "Shortcut+Enter")
                        .map(k -> KeyCombination.keyCombination(k).getName())
                        .toArray(String[]::new));
        assertThat(table.getItems().stream().map(Shortcut::action)).contains("Copy figure", "Print", "User guide");
        // one key, one action: the list has no two rows on the same keys
        assertThat(listed).hasSameSizeAs(table.getItems());
    }

    @Test
    void aboutGivesTheBuildsVersionEachLibrarysLicenceAndTheDataCredits(FxRobot robot) throws Exception {
        robot.clickOn("#menu-help").clickOn("#menu-about");
        waitFor(() -> robot.lookup("#about-version").tryQuery().isPresent());
        Label version = robot.lookup("#about-version").queryAs(Label.class);
        assertThat(BuildInfo.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(version.getText()).isEqualTo("Version " + BuildInfo.version());
        @SuppressWarnings("unchecked")
        TableView<BuildInfo.Library> libs = robot.lookup("#about-libraries").queryAs(TableView.class);
        assertThat(libs.getItems()).hasSizeGreaterThan(30);
        assertThat(libs.getItems())
                .anySatisfy(l -> {
                    assertThat(l.artifact()).isEqualTo("sqlite-jdbc");
                    assertThat(l.licence()).startsWith("Apache-2.0");
                })
                .anySatisfy(l -> {
                    assertThat(l.artifact()).isEqualTo("javafx-controls");
                    assertThat(l.licence()).contains("Classpath Exception");
                })
                .anySatisfy(l -> {
                    // the fonts in the application's own jar are credited as well
                    assertThat(l.group() + ":" + l.artifact()).startsWith("font:Material Design Icons");
                    assertThat(l.licence()).contains("Pictogrammers");
                })
                .anySatisfy(l -> {
                    assertThat(l.artifact()).isEqualTo("Noto Naskh Arabic");
                    assertThat(l.licence()).isEqualTo("OFL-1.1");
                })
                .allSatisfy(l -> assertThat(l.licence()).isNotBlank());
        String credits = robot.lookup("#about-data").queryAs(WrappedText.class).getText();
        assertThat(credits).contains("CC-BY-4.0").contains("Tindak Malaysia").contains("Aiwan-e-Jamhoor");
        Node close = robot.lookup("#help-close").query();
        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(close.getScene().getWindow().isShowing()).isFalse();
    }

    private static void walk(Menu menu, List<String> out) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                walk(sub, out);
            } else if (i.getAccelerator() != null) {
                out.add(i.getAccelerator().getName());
            }
        }
    }
}
