package org.allianceexplorer.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.stage.Stage;
import org.allianceexplorer.Screens;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.FxTaskRunner;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.generate.SyntheticDatabase;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.table.RecordTableScreen;
import org.allianceexplorer.table.RecordTableViewModel;
import org.allianceexplorer.table.RecordTableViewModel.SortKey;
import org.allianceexplorer.table.TestDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The seat deals screen on 20,000 generated deals (headless), a paged table read in the background: a header
 * click sorts, the quick filter and a column filter narrow, a new as-of date changes the rows, a scroll to the end
 * shows the last rows, each giving what the whole list does with the same operations (a table holding every row,
 * beside it).
 */
@ExtendWith(ApplicationExtension.class)
class PagedDealsUiTest {

    private Database db;
    private FxTaskRunner tasks;
    private AppState state;
    private TableView<SeatDeal> table;
    private RecordTableViewModel<SeatDeal> model;
    /** The same database's deals in a table that holds every row, driven by the same as-of date. */
    private RecordTableViewModel<SeatDeal> whole;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Path file = Files.createTempDirectory("paged-ui").resolve("deals-20k.sqlite");
        SyntheticDatabase.generate(file, new SyntheticDatabase.Size(14, PagedDealsTableTest.DEALS, 4, 12_000), 7);
        db = Database.openReadOnly(file);
        state = new AppState();
        tasks = new FxTaskRunner();
        RecordTableScreen screen = (RecordTableScreen) Screens.of(state, tasks, new TestDialogs(), null).stream()
                .filter(s -> s.id().equals("deals"))
                .findFirst()
                .orElseThrow();
        model = cast(screen.table());
        whole = new DealsViewModel(state, TaskRunner.immediate(), new TestDialogs(), Long.MAX_VALUE).table();
        state.sessionProperty().set(Session.of(db));
        stage.setScene(new Scene((Parent) screen.view(), 1360, 760));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static RecordTableViewModel<SeatDeal> cast(RecordTableViewModel<?> t) {
        return (RecordTableViewModel<SeatDeal>) t;
    }

    @AfterEach
    void close() {
        tasks.close();
        db.close();
    }

    /** Waits for the keys and for the rows from {@code from} on that the view shows, then compares them. */
    private void sameRowsInView(FxRobot robot, String what) throws Exception {
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> !model.loadingProperty().get() && model.paged());
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> visibleRows(robot).stream().allMatch(r -> r != null));
        List<SeatDeal> shown = visibleRows(robot);
        int first = firstVisible(robot);
        assertThat(shown).as(what).isNotEmpty();
        assertThat(shown).as(what).isEqualTo(whole.shown().subList(first, first + shown.size()));
        assertThat(table.getItems()).as(what).hasSameSizeAs(whole.shown());
        assertThat(robot.lookup("#deals-row-count").queryAs(Label.class).getText())
                .isEqualTo(whole.countProperty().get());
    }

    private int firstVisible(FxRobot robot) {
        return robot.lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> !r.isEmpty() && r.getIndex() >= 0 && r.isVisible())
                .mapToInt(javafx.scene.control.TableRow::getIndex)
                .min()
                .orElse(0);
    }

    /** The rows of the table's visible row cells, in order ({@code null} for a row still being read). */
    private List<SeatDeal> visibleRows(FxRobot robot) {
        table = robot.lookup("#deals-table").queryTableView();
        List<SeatDeal> out = new ArrayList<>();
        robot.interact(() -> {
            List<javafx.scene.control.TableRow<?>> rows =
                    robot.lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                            .<javafx.scene.control.TableRow<?>>map(r -> r)
                            .filter(r -> r.getIndex() >= 0
                                    && r.getIndex() < table.getItems().size()
                                    && r.isVisible())
                            .sorted((a, b) -> Integer.compare(a.getIndex(), b.getIndex()))
                            .toList();
            for (var r : rows) {
                out.add((SeatDeal) r.getItem());
            }
        });
        return out;
    }

    private Node header(FxRobot robot, String columnId) {
        return robot.lookup(".column-header").queryAllAs(TableColumnHeader.class).stream()
                .filter(h -> h.getTableColumn() != null
                        && columnId.equals(h.getTableColumn().getId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void sortingFilteringAndTheAsOfDateAgreeWithTheWholeList(FxRobot robot) throws Exception {
        sameRowsInView(robot, "as listed");
        assertThat(model.total()).isEqualTo(PagedDealsTableTest.DEALS);

        // a click on the Seat header's title sorts by seat (natural order: NA-9 before NA-10)
        robot.clickOn(
                robot.point(header(robot, "seat")).atPosition(Pos.CENTER_LEFT).atOffset(new Point2D(14, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.sortKeys()).containsExactly(new SortKey("seat", true));
        robot.interact(() -> whole.sort(model.sortKeys()));
        sameRowsInView(robot, "by seat");

        robot.clickOn("#deals-quick-filter").write("confirmed");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> whole.quickFilterProperty().set("confirmed"));
        sameRowsInView(robot, "confirmed, by seat");

        String giver = model.filterChoices("giver").get(2).text();
        robot.interact(() -> {
            model.setColumnFilter("giver", Set.of(giver));
            whole.setColumnFilter("giver", Set.of(giver));
        });
        sameRowsInView(robot, "confirmed, given by " + giver + ", by seat");

        SeatDeal some = whole.shown().get(whole.shown().size() / 2);
        LocalDate day = some.statusDate().latest();
        robot.interact(() -> state.setAsOf(day));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        sameRowsInView(robot, "as of " + day);

        robot.interact(() -> table.scrollTo(table.getItems().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        sameRowsInView(robot, "scrolled to the end");
        assertThat(firstVisible(robot)).isGreaterThan(0);
    }
}
