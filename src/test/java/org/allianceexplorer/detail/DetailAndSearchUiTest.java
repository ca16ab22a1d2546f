package org.allianceexplorer.detail;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.allianceexplorer.app.WrappedText;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.search.SearchViewModel;
import org.allianceexplorer.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Search, the detail pane and its links in the real window (headless, Monocle), on the bundled dataset. */
class DetailAndSearchUiTest extends WindowTest {

    private static String title(FxRobot robot) {
        return robot.lookup("#detail-title")
                .tryQueryAs(WrappedText.class)
                .map(WrappedText::getText)
                .orElse("");
    }

    /** Ctrl+F, type, wait for results. */
    private static ListView<SearchViewModel.Row> search(FxRobot robot, String text) throws Exception {
        waitFor(() -> robot.lookup("#status-text").queryLabeled().getText().contains("parties"));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        TextField field = robot.lookup("#global-search").queryAs(TextField.class);
        waitFor(field::isFocused);
        robot.write(text);
        waitFor(() -> robot.lookup("#search-results")
                .tryQuery()
                .map(n -> n.isVisible() && !((ListView<?>) n).getItems().isEmpty())
                .orElse(false));
        return robot.lookup("#search-results").queryListView();
    }

    @Test
    void searchKamalAndEnterOnTheDealShowsTheNa242Deal(FxRobot robot) throws Exception {
        ListView<SearchViewModel.Row> results = search(robot, "Mustafa Kamal");
        assertThat(results.getItems())
                .filteredOn(r -> !r.isHeader())
                .extracting(r -> r.hit().title())
                .contains("Syed Mustafa Kamal", "ANP \u2192 MQM-P at NA-242");
        for (int i = 0; i < results.getItems().size(); i++) {
            SearchViewModel.Row row = results.getSelectionModel().getSelectedItem();
            if (row != null && row.hit().ref().kind() == RecordKind.DEALS) {
                break;
            }
            robot.type(KeyCode.DOWN);
        }
        assertThat(results.getSelectionModel().getSelectedItem().hit().title()).isEqualTo("ANP \u2192 MQM-P at NA-242");
        robot.type(KeyCode.ENTER);

        waitFor(() -> title(robot).equals("ANP \u2192 MQM-P at NA-242"));
        assertThat(robot.lookup("#detail-badge").queryLabeled().getText()).isEqualTo("Seat deal");
        assertThat(robot.lookup("#detail-section-claims").tryQuery()).isPresent();
        assertThat(robot.lookup("#detail-sources").tryQuery()).isPresent();
        assertThat(robot.lookup("#search-results")
                        .tryQuery()
                        .map(n -> n.getScene().getWindow().isShowing())
                        .orElse(false))
                .as("the popup closes")
                .isFalse();
    }

    @Test
    void openAPartyFollowALinkToASeatAndGoBack(FxRobot robot) throws Exception {
        search(robot, "MQM-P");
        robot.type(KeyCode.ENTER);
        waitFor(() -> title(robot).equals("MQM-P"));
        assertThat(robot.lookup("#detail-native").queryLabeled().getText()).isNotBlank();

        Hyperlink seat = robot.lookup("#detail-section-deals .hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().equals("NA-242"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> seat.fire());
        waitFor(() -> title(robot).equals("NA-242"));
        assertThat(robot.lookup("#detail-badge").queryLabeled().getText()).isEqualTo("Seat");
        assertThat(robot.lookup("#detail-section-results").tryQuery()).isPresent();

        robot.clickOn("#back-button");
        waitFor(() -> title(robot).equals("MQM-P"));
        robot.clickOn("#forward-button");
        waitFor(() -> title(robot).equals("NA-242"));
    }
}
