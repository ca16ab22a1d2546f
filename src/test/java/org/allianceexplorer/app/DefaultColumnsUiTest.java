package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;
import org.allianceexplorer.table.RecordColumn;
import org.allianceexplorer.table.RecordTableScreen;
import org.allianceexplorer.testing.LaptopWindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At the default column layout in a 1280x720 window, every table shows its key columns whole, inside the
 * table's visible width, and hides the columns that are empty for every row (issue 9, defect 14).
 */
class DefaultColumnsUiTest extends LaptopWindowTest {

    /** The columns a reader of each table needs without scrolling sideways. */
    private static final Map<String, List<String>> KEY = Map.of(
            "parties", List.of("abbreviation", "name", "native", "founded"),
            "people", List.of("name", "parties", "roles"),
            "alliances", List.of("name", "kind", "from", "to", "members"),
            "deals", List.of("seat", "giver", "receiver", "candidate", "status", "outcome"),
            "events", List.of("date", "title", "place"),
            "sources", List.of("outlet", "title", "published"));
    /** Key columns whose every cell must show whole (no "…"). */
    private static final List<String> WHOLE = List.of(
            "from", "to", "outcome", "status", "seat", "founded", "date", "published", "members", "giver", "receiver");

    /** A window of its own at 1280x720: TestFX's primary stage is shared, and must not keep this size. */
    @Test
    void keyColumnsAreWholeAndInViewAndEmptyColumnsHidden(FxRobot robot) throws Exception {
        MainWindow window =
                robot.from(stage.getScene().getRoot()).lookup("#main-window").queryAs(MainWindow.class);
        for (Map.Entry<String, List<String>> e : new TreeMap<>(KEY).entrySet()) {
            String screen = e.getKey();
            robot.interact(() -> window.state().screenProperty().set(screen));
            TableView<?> table = robot.from(stage.getScene().getRoot())
                    .lookup("#" + screen + "-table")
                    .queryTableView();
            WaitForAsyncUtils.waitFor(
                    20,
                    TimeUnit.SECONDS,
                    () -> !table.getItems().isEmpty() && !tasks.busyProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            RecordTableScreen s = (RecordTableScreen) window.currentScreen().orElseThrow();
            Node sheet = table.lookup(".clipped-container");
            Bounds view = sheet.localToScene(sheet.getLayoutBounds());
            for (String id : e.getValue()) {
                TableColumn<?, ?> c = table.getColumns().stream()
                        .filter(x -> x.getId().equals(id))
                        .findFirst()
                        .orElseThrow();
                assertThat(c.isVisible()).as("%s: %s is shown", screen, id).isTrue();
                Node header = table.lookup("#" + id + "-filter").getParent();
                Bounds h = headerBounds(table, c);
                assertThat(h.getMaxX())
                        .as("%s: %s ends inside the table (%s)", screen, id, view)
                        .isLessThanOrEqualTo(view.getMaxX() + 0.5);
                assertThat(header).isNotNull();
                if (WHOLE.contains(id)) {
                    List<TableCell<?, ?>> cells = cells(table, c);
                    assertThat(cells).as("%s: cells of %s", screen, id).isNotEmpty();
                    for (TableCell<?, ?> cell : cells) {
                        assertThat(drawn(cell))
                                .as("%s: %s shows '%s' whole", screen, id, cell.getText())
                                .isEqualTo(cell.getText());
                    }
                }
            }
            // a column empty in every row is not shown (People's native names: none are in the data yet)
            for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
                assertThat(nonEmpty(s, table, c.getId()))
                        .as("%s: visible column %s has a value somewhere", screen, c.getId())
                        .isTrue();
            }
        }
        robot.interact(() -> window.state().screenProperty().set("people"));
        TableView<?> people =
                robot.from(stage.getScene().getRoot()).lookup("#people-table").queryTableView();
        assertThat(people.getColumns().stream()
                        .filter(c -> c.getId().equals("native"))
                        .findFirst()
                        .orElseThrow()
                        .isVisible())
                .isFalse();
    }

    /** Where the column's header is, in scene coordinates. */
    private static Bounds headerBounds(TableView<?> table, TableColumn<?, ?> c) {
        Node header = table.lookupAll(".column-header").stream()
                .filter(n -> n instanceof TableColumnHeader t && t.getTableColumn() == c)
                .findFirst()
                .orElseThrow();
        return header.localToScene(header.getLayoutBounds());
    }

    /** The filled cells of a column on screen. */
    private static List<TableCell<?, ?>> cells(TableView<?> table, TableColumn<?, ?> c) {
        return table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> t
                        && t.getTableColumn() == c
                        && !t.isEmpty()
                        && t.getText() != null
                        && !t.getText().isBlank()
                        && t.isVisible())
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
                .toList();
    }

    /** The text a cell draws: its text, or the text cut with "…" when it does not fit. */
    private static String drawn(Labeled l) {
        return l.lookupAll(".text").stream()
                .filter(Text.class::isInstance)
                .map(n -> ((Text) n).getText())
                .findFirst()
                .orElse("");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean nonEmpty(RecordTableScreen s, TableView<?> table, String id) {
        RecordColumn col = s.table().spec().columns().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
        return col.kind() == RecordColumn.Kind.SWATCH
                || table.getItems().stream().anyMatch(r -> !col.cellText(r).isBlank());
    }
}
