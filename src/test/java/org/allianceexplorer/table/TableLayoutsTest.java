package org.allianceexplorer.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.allianceexplorer.App;
import org.allianceexplorer.app.FxTaskRunner;
import org.allianceexplorer.app.MainWindow;
import org.allianceexplorer.app.Screen;
import org.allianceexplorer.app.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Column layouts survive a restart of the window. */
@ExtendWith(ApplicationExtension.class)
class TableLayoutsTest {

    private final Settings settings = Settings.memory();
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        tasks = App.show(stage, null, null, settings);
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void aHiddenColumnStaysHiddenAfterARestart(FxRobot robot) throws Exception {
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        @SuppressWarnings("unchecked")
        List<Screen> screens =
                robot.lookup("#navigation").queryAs(ListView.class).getItems();
        RecordTableScreen deals = (RecordTableScreen)
                screens.stream().filter(s -> s.id().equals("deals")).findFirst().orElseThrow();
        String[] holder = new String[1];
        robot.interact(() -> holder[0] = deals.layout().format());
        String first = holder[0];
        String column = first.split(",")[0].split(":")[0].replace("!", "");
        TableLayout hidden =
                TableLayout.parse(first.replaceFirst("^!?" + Pattern.quote(column) + ":", "!" + column + ":"));
        robot.interact(() -> deals.restore(hidden));
        robot.interact(() -> window.getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(settings.get(TableLayouts.key(deals), "")).startsWith("!" + column + ":");

        Stage[] stages = new Stage[1];
        FxTaskRunner[] again = new FxTaskRunner[1];
        robot.interact(() -> {
            stages[0] = new Stage();
            again[0] = App.show(stages[0], null, null, settings);
        });
        Stage second = stages[0];
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> second.isShowing());
            @SuppressWarnings("unchecked")
            List<Screen> reopened = ((ListView<Screen>) second.getScene().lookup("#navigation")).getItems();
            RecordTableScreen dealsAgain = (RecordTableScreen) reopened.stream()
                    .filter(s -> s.id().equals("deals"))
                    .findFirst()
                    .orElseThrow();
            robot.interact(() -> holder[0] = dealsAgain.layout().format());
            assertThat(holder[0]).startsWith("!" + column + ":");
        } finally {
            again[0].close();
            robot.interact(second::close);
        }
    }
}
