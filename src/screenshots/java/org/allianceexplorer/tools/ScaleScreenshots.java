package org.allianceexplorer.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.allianceexplorer.App;
import org.allianceexplorer.app.FxTaskRunner;
import org.allianceexplorer.app.MainWindow;
import org.allianceexplorer.app.Settings;
import org.allianceexplorer.data.generate.SyntheticDatabase;
import org.allianceexplorer.table.RecordTableScreen;
import org.allianceexplorer.table.RecordTableViewModel;
import org.allianceexplorer.timeline.TimelineScreen;
import org.allianceexplorer.timeline.model.Lane;
import org.allianceexplorer.timeline.model.TimeRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of a large database: the timeline's density bands, all years and one campaign, light and dark, as
 * {@code timeline-at-scale-*.png}; the seat-deal ledger of the whole network ({@code charts-ledger-at-scale-light.png}). The database is {@code -Dae.scale.db=FILE} (e.g. the 1,000,000-deal one of
 * bench/scale-listing-benchmark.sh), else a generated one of 12,000 deals. Run with
 * {@code mvn -Pscreenshots test -Dtest=ScaleScreenshots -Dscreenshots=docs/screenshots}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+", disabledReason = "writes files: run on demand")
@ExtendWith(ApplicationExtension.class)
class ScaleScreenshots {

    private FxTaskRunner tasks;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        String given = System.getProperty("ae.scale.db");
        Path db;
        if (given != null && !given.isBlank()) {
            db = Path.of(given);
        } else {
            db = Files.createTempDirectory("scale-shots").resolve("large.sqlite");
            SyntheticDatabase.generate(db, new SyntheticDatabase.Size(40, 12_000, 10, 60_000), 1);
        }
        tasks = App.show(stage, db, null, Settings.memory());
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    /** The window at 1440x900 showing the screen {@code id}, its background work done. */
    private MainWindow show(FxRobot robot, String id) throws Exception {
        Files.createDirectories(Path.of(System.getProperty("screenshots")));
        robot.interact(() -> stage.setWidth(1440));
        robot.interact(() -> stage.setHeight(900));
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        robot.interact(() -> window.state().screenProperty().set(id));
        ScreenTour.settle(robot);
        return window;
    }

    @Test
    void theTimelineDrawsDensityBands(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots"));
        MainWindow window = show(robot, "timeline");
        TimelineScreen timeline = (TimelineScreen) window.currentScreen().orElseThrow();
        assertThat(timeline.viewModel().modelProperty().get().lanes())
                .extracting(Lane::kind)
                .contains(Lane.Kind.DENSITY);
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> window.state().darkThemeProperty().set(dark));
            robot.interact(() -> timeline.viewModel().fitAll());
            ScreenTour.settle(robot);
            Path all = dir.resolve("timeline-at-scale" + (dark ? "-dark" : "-light") + ".png");
            WindowShots.save(robot, stage, all);
            // the last campaign, bars by day
            LocalDate polling = timeline.viewModel().modelProperty().get().elections().stream()
                    .map(e -> e.pollingDay().earliest())
                    .max(LocalDate::compareTo)
                    .orElseThrow();
            robot.interact(() -> timeline.viewModel()
                    .rangeProperty()
                    .set(TimeRange.of(polling.minusDays(60), polling.plusDays(10))));
            ScreenTour.settle(robot);
            Path campaign = dir.resolve("timeline-at-scale-campaign" + (dark ? "-dark" : "-light") + ".png");
            WindowShots.save(robot, stage, campaign);
            assertThat(Files.size(all)).isGreaterThan(10_000);
            assertThat(Files.size(campaign)).isGreaterThan(10_000);
        }
    }

    /**
     * The seat deals as a paged table: sorted by outcome (the closest wins first), scrolled to the middle of the
     * million, every row read by id; light and dark.
     */
    @Test
    void theDealsTableIsPaged(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots"));
        MainWindow window = show(robot, "deals");
        RecordTableScreen deals = (RecordTableScreen) window.currentScreen().orElseThrow();
        WaitForAsyncUtils.waitFor(
                120,
                TimeUnit.SECONDS,
                () -> deals.table().paged() && !deals.table().loadingProperty().get());
        TableView<Object> table = robot.lookup("#deals-table").queryTableView();
        // as a click on the Outcome header twice would: descending, the arrow shown
        robot.interact(() -> {
            TableColumn<Object, ?> outcome = table.getColumns().stream()
                    .filter(c -> "outcome".equals(c.getId()))
                    .findFirst()
                    .orElseThrow();
            outcome.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(outcome);
        });
        assertThat(deals.table().sortKeys()).containsExactly(new RecordTableViewModel.SortKey("outcome", false));
        // well into the million: the wins by a few thousand votes
        robot.interact(() -> table.scrollTo(table.getItems().size() / 4));
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> window.state().darkThemeProperty().set(dark));
            ScreenTour.settle(robot);
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                            .filter(r -> r.getIndex() >= 0
                                    && r.getIndex() < table.getItems().size())
                            .allMatch(r -> r.getItem() != null));
            Path out = dir.resolve("deals-at-scale" + (dark ? "-dark" : "-light") + ".png");
            WindowShots.save(robot, stage, out);
            assertThat(Files.size(out)).isGreaterThan(10_000);
        }
        robot.interact(() -> window.state().darkThemeProperty().set(false));
    }

    /** The seat-deal ledger of the whole network: its first pairs, and how many more there are. */
    @Test
    void theLedgerDrawsItsFirstPairsAndCountsTheRest(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots"));
        MainWindow window = show(robot, "charts");
        Path out = dir.resolve("charts-ledger-at-scale-light.png");
        WindowShots.save(robot, stage, out);
        assertThat(Files.size(out)).isGreaterThan(10_000);
    }
}
