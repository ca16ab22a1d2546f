package org.allianceexplorer.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.allianceexplorer.App;
import org.allianceexplorer.app.FxTaskRunner;
import org.allianceexplorer.app.MainWindow;
import org.allianceexplorer.app.Settings;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.table.RecordTableScreen;
import org.allianceexplorer.timeline.TimelineScreen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a large database (a measurement, not a test of behaviour; run on demand): the seat deals
 * screen's first rows and all rows after it is chosen, the timeline screen's first figure, and the process's
 * peak resident memory (VmHWM) after each. Prints a Markdown table. Run under a display (Xvfb) with
 * {@code mvn -Pscreenshots test -Dtest=WindowScaleBench -Dae.scale.db=FILE.sqlite -Dscreenshots=/tmp} and the JVM
 * options of the run in {@code -DargLine=...} when wanted.
 */
@EnabledIfSystemProperty(named = "ae.scale.db", matches = ".+", disabledReason = "a measurement: run on demand")
@ExtendWith(ApplicationExtension.class)
class WindowScaleBench {

    private FxTaskRunner tasks;
    private long opened;

    @Start
    void start(Stage stage) {
        // each background job and its time on stderr (read when the task runner class loads, just below)
        System.setProperty("ae.trace.tasks", "true");
        opened = System.nanoTime();
        tasks = App.show(stage, Path.of(System.getProperty("ae.scale.db")), null, Settings.memory());
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    /** A line of /proc/self/status in MB ({@code VmHWM}: peak resident memory; {@code VmRSS}: now). */
    private static long statusMb(String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    @Test
    void dealsAndTimelineOnALargeDatabase(FxRobot robot) throws Exception {
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().getSession() != null);
        double sessionS = (System.nanoTime() - opened) / 1e9;
        long deals = window.state().getSession().counts().get(RecordKind.DEALS);
        long baseline = statusMb("VmHWM");

        long t0 = System.nanoTime();
        robot.interact(() -> window.state().screenProperty().set("deals"));
        TableView<?> table = robot.lookup("#deals-table").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        double firstRows = (System.nanoTime() - t0) / 1e9;
        RecordTableScreen screen = (RecordTableScreen) window.currentScreen().orElseThrow();
        WaitForAsyncUtils.waitFor(
                300,
                TimeUnit.SECONDS,
                () -> screen.table().total() == deals
                        && !screen.table().loadingProperty().get());
        double allRows = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long dealsPeak = statusMb("VmHWM");
        long dealsNow = statusMb("VmRSS");

        if (!Boolean.parseBoolean(System.getProperty("ae.scale.screens", "true"))) {
            // -Dae.scale.screens=false: the deals table only (to compare JVM options quickly)
            System.out.printf(
                    Locale.ROOT,
                    "%n| deals only (%,d deals; %s) | first rows %.2f s | all rows %.1f s | peak RSS %,d MB"
                            + " (before any table %,d MB) |%n",
                    deals,
                    ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    firstRows,
                    allRows,
                    dealsPeak,
                    baseline);
            return;
        }
        long t1 = System.nanoTime();
        robot.interact(() -> window.state().screenProperty().set("timeline"));
        TimelineScreen timeline = (TimelineScreen) window.currentScreen().orElseThrow();
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> timeline.viewModel().modelProperty().get() != null
                        && !timeline.viewModel().loadingProperty().get()
                        && !timeline.viewModel().buildingProperty().get());
        double timelineS = (System.nanoTime() - t1) / 1e9;
        long timelinePeak = statusMb("VmHWM");

        // the detail pane of the party with the most deals
        long party = window.state()
                .getSession()
                .repositories()
                .parties()
                .parties(RecordFilter.ALL)
                .get(0)
                .id();
        String abbr = window.state()
                .getSession()
                .repositories()
                .parties()
                .parties(RecordFilter.ALL)
                .get(0)
                .abbreviation();
        long t2 = System.nanoTime();
        robot.interact(() -> window.state().navigation().go(new RecordRef(RecordKind.PARTIES, party, abbr)));
        WaitForAsyncUtils.waitFor(
                120,
                TimeUnit.SECONDS,
                () -> robot.lookup("#detail-pane")
                        .lookup((Labeled l) -> abbr.equals(l.getText()))
                        .tryQuery()
                        .isPresent());
        double detailS = (System.nanoTime() - t2) / 1e9;

        // every other screen: chosen, then until the background work it asked for is done
        StringBuilder screens = new StringBuilder();
        ProgressBar busy = robot.lookup("#status-progress").queryAs(ProgressBar.class);
        for (String id : new String[] {
            "parties", "people", "alliances", "elections", "events", "sources", "graph", "charts", "history"
        }) {
            long t = System.nanoTime();
            robot.interact(() -> window.state().screenProperty().set(id));
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !busy.isVisible());
            WaitForAsyncUtils.waitForFxEvents();
            screens.append(String.format(
                    Locale.ROOT,
                    "| screen %s: ready after it is chosen | %.2f s |%n",
                    id,
                    (System.nanoTime() - t) / 1e9));
        }
        long endPeak = statusMb("VmHWM");

        System.out.printf(
                Locale.ROOT,
                "%n| measure (%,d deals; %s) | value |%n|---|---:|%n"
                        + "| window open, database counted | %.2f s |%n"
                        + "| peak RSS before any table | %,d MB |%n"
                        + "| seat deals: first rows after the screen is chosen | %.2f s |%n"
                        + "| seat deals: all rows | %.1f s |%n"
                        + "| peak RSS after the deals table (now, after GC) | %,d MB (%,d MB) |%n"
                        + "| timeline: figure ready after the screen is chosen | %.2f s |%n"
                        + "| peak RSS after the timeline | %,d MB |%n"
                        + "| detail pane of a party (%s) shown after it is selected | %.2f s |%n"
                        + "%s"
                        + "| peak RSS at the end | %,d MB |%n",
                deals,
                System.getProperty("java.vm.name") + ", max heap "
                        + (Runtime.getRuntime().maxMemory() >> 20) + " MB",
                sessionS,
                baseline,
                firstRows,
                allRows,
                dealsPeak,
                dealsNow,
                timelineS,
                timelinePeak,
                abbr,
                detailS,
                screens,
                endPeak);
        assertThat(allRows).isPositive();
    }
}
