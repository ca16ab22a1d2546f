package org.allianceexplorer.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.allianceexplorer.app.MainWindow;
import org.allianceexplorer.app.Screen;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.timeline.TimelineScreen;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The window's screens one after the other, photographed: what the screenshot tools of each dataset share. */
final class ScreenTour {

    private ScreenTour() {}

    /**
     * Every screen in the light and the dark theme, at 1440x900, with {@code party} in the detail pane, written
     * as {@code DIR/PREFIX + SCREEN-THEME.png} (DIR: the {@code screenshots} system property).
     */
    static void everyScreenInBothThemes(FxRobot robot, Stage stage, String prefix, String party) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots"));
        Files.createDirectories(dir);
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        @SuppressWarnings("unchecked")
        ListView<Screen> nav = robot.lookup("#navigation").queryAs(ListView.class);
        List<Path> written = new ArrayList<>();
        robot.interact(() -> stage.setWidth(1440));
        robot.interact(() -> stage.setHeight(900));
        settle(robot);
        robot.interact(() -> {
            long id = window.state()
                    .getSession()
                    .repositories()
                    .parties()
                    .party(party)
                    .orElseThrow()
                    .id();
            window.state().navigation().go(new RecordRef(RecordKind.PARTIES, id, party));
        });
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> window.state().darkThemeProperty().set(dark));
            settle(robot);
            for (Screen s : List.copyOf(nav.getItems())) {
                robot.interact(() -> nav.getSelectionModel().select(s));
                settle(robot);
                if (s.id().equals("timeline")
                        && window.currentScreen().orElse(null) instanceof TimelineScreen t
                        && !party.equals(t.viewModel().partyProperty().get())) {
                    // the timeline of the party in the detail pane (the founding case: MQM-P's lanes)
                    robot.interact(() -> t.viewModel().partyProperty().set(party));
                    settle(robot);
                }
                Path out = dir.resolve(prefix + s.id() + (dark ? "-dark" : "-light") + ".png");
                WindowShots.save(robot, stage, out);
                written.add(out);
            }
        }
        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(10_000));
    }

    /** Waits until background work is done and the scene has been laid out. */
    static void settle(FxRobot robot) throws Exception {
        ProgressBar busy = robot.lookup("#status-progress").queryAs(ProgressBar.class);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !busy.isVisible());
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
