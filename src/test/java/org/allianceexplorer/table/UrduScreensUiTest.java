package org.allianceexplorer.table;

import static org.allianceexplorer.testing.WindowTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.allianceexplorer.testing.InUrdu;
import org.allianceexplorer.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 16: with Urdu chosen the screens speak Urdu — a table's toolbar, column headers and row count, the
 * detail pane of a record, the Timeline, Relationships and Charts controls — and every screen builds without
 * a missing argument or a broken pattern.
 */
@InUrdu
class UrduScreensUiTest extends WindowTest {

    @Test
    void theScreensSpeakUrdu(FxRobot robot) throws Exception {
        robot.clickOn("#nav-deals");
        waitFor(() -> robot.lookup("#deals-table").tryQuery().isPresent());
        assertThat(robot.lookup("#deals-quick-filter").queryAs(TextField.class).getPromptText())
                .isEqualTo("قطاریں فلٹر کریں، Ctrl+L");
        TableView<?> deals = robot.lookup("#deals-table").queryTableView();
        List<String> headers =
                deals.getColumns().stream().map(TableColumn::getText).toList();
        assertThat(headers).contains("نشست", "دستبردار جماعت", "مستفید جماعت");
        waitFor(() ->
                robot.lookup("#deals-row-count").queryAs(Label.class).getText().contains("قطار"));

        robot.interact(() -> deals.getSelectionModel().select(0));
        waitFor(() -> robot.lookup("#detail-badge").tryQuery().isPresent());
        assertThat(robot.lookup("#detail-badge").queryAs(Label.class).getText()).isEqualTo("نشستوں کی ایڈجسٹمنٹ");

        robot.clickOn("#nav-timeline");
        waitFor(() -> robot.lookup("#timeline-jump-date").tryQuery().isPresent());
        assertThat(robot.lookup("#timeline-jump-date").queryAs(DatePicker.class).getPromptText())
                .isEqualTo("تاریخ پر جائیں");

        robot.clickOn("#nav-graph");
        waitFor(() -> robot.lookup("#graph-latest").tryQuery().isPresent());
        assertThat(robot.lookup("#graph-latest").queryAs(Button.class).getText())
                .isEqualTo("تازہ ترین");

        for (String screen : List.of("charts", "elections", "parties", "people", "alliances", "events", "sources")) {
            robot.clickOn("#nav-" + screen);
            waitFor(() -> robot.lookup("#screen-area").tryQuery().isPresent());
        }
        // dates in the interface's language (the CSV export writes them in ISO)
        robot.clickOn("#nav-parties");
        waitFor(() -> robot.lookup("#parties-table").tryQuery().isPresent());
        TableView<?> parties = robot.lookup("#parties-table").queryTableView();
        waitFor(() -> !parties.getItems().isEmpty());
        List<String> dates = robot.lookup("#parties-table .table-cell").queryAll().stream()
                .map(n -> ((Labeled) n).getText())
                .filter(t -> t != null && t.contains("2018"))
                .toList();
        assertThat(dates).contains("29 \u0645\u0627\u0631\u0686 2018").doesNotContain("29 Mar 2018");
        robot.clickOn("#nav-sources");
        waitFor(() -> robot.lookup("#sources-quick-filter").tryQuery().isPresent());
        assertThat(robot.lookup("#sources-quick-filter")
                        .queryAs(TextField.class)
                        .getPromptText())
                .isEqualTo("قطاریں فلٹر کریں، Ctrl+L");
    }
}
