package org.allianceexplorer.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.MainWindow;
import org.allianceexplorer.app.WrappedText;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.SearchHit;
import org.allianceexplorer.testing.LaptopWindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The detail pane in the real window at a laptop's size: its as-of stamp, its links, nothing past its edge. */
class DetailPaneUiTest extends LaptopWindowTest {

    private AppState state(FxRobot robot) {
        return ((MainWindow) stage.getScene().getRoot()).state();
    }

    private RecordRef deal(FxRobot robot, String query) throws Exception {
        AppState state = state(robot);
        waitFor(() -> state.getSession() != null);
        return state.getSession().repositories().search().search(query, 8).stream()
                .map(SearchHit::ref)
                .filter(r -> r.kind() == RecordKind.DEALS)
                .findFirst()
                .orElseThrow();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id)
                .tryQueryAs(WrappedText.class)
                .map(WrappedText::getText)
                .orElse("");
    }

    @Test
    void theStampIsTheAppsDateAfterEveryChange(FxRobot robot) throws Exception {
        AppState state = state(robot);
        RecordRef na242 = deal(robot, "Mustafa Kamal");
        robot.interact(() -> state.navigation().go(na242));
        waitFor(() -> text(robot, "#detail-title").equals("ANP \u2192 MQM-P at NA-242"));
        for (LocalDate day : new LocalDate[] {
            LocalDate.of(2024, 1, 2), LocalDate.of(2023, 12, 16), LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 5)
        }) {
            robot.interact(() -> state.setAsOf(day));
        }
        waitFor(() -> text(robot, "#detail-as-of").equals("As of 5 Feb 2024"));
        assertThat(state.navigation().getCurrent()).isEqualTo(na242);
        robot.interact(() -> state.setAsOf(null));
        waitFor(() -> robot.lookup("#detail-as-of").tryQuery().isEmpty());
        assertThat(text(robot, "#detail-title")).isEqualTo("ANP \u2192 MQM-P at NA-242");
    }

    @Test
    void webAddressesStayInsideThePaneAndShowWholeOnHover(FxRobot robot) throws Exception {
        AppState state = state(robot);
        RecordRef na242 = deal(robot, "Mustafa Kamal");
        robot.interact(() -> state.navigation().go(na242));
        waitFor(() -> text(robot, "#detail-title").equals("ANP \u2192 MQM-P at NA-242"));
        ScrollPane scroll = robot.lookup("#detail-scroll").queryAs(ScrollPane.class);
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        List<Hyperlink> urls = new ArrayList<>(robot.lookup(".detail-url").queryAllAs(Hyperlink.class));
        assertThat(urls).as("the claims' and sources' addresses").hasSizeGreaterThanOrEqualTo(3);
        for (Hyperlink h : urls) {
            Bounds b = h.localToScene(h.getLayoutBounds());
            assertThat(b.getMaxX())
                    .as("%s ends inside the pane", h.getText())
                    .isLessThanOrEqualTo(view.getMaxX() + 0.5);
            assertThat(h.getTooltip().getText()).startsWith("https://");
        }
        for (Node n : all(robot.lookup("#detail-content").queryAs(Parent.class))) {
            if (n.isVisible()
                    && !(n instanceof Parent p && !p.getChildrenUnmodifiable().isEmpty())) {
                Bounds b = n.localToScene(n.getLayoutBounds());
                assertThat(b.getMaxX()).as("%s ends inside the pane", n).isLessThanOrEqualTo(view.getMaxX() + 1);
            }
        }
    }

    private static List<Node> all(Parent p) {
        List<Node> out = new ArrayList<>();
        for (Node n : p.getChildrenUnmodifiable()) {
            out.add(n);
            if (n instanceof Parent q) {
                out.addAll(all(q));
            }
        }
        return out;
    }
}
