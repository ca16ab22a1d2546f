package org.allianceexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.allianceexplorer.App;
import org.allianceexplorer.app.FxTaskRunner;
import org.allianceexplorer.figure.FigureFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Relationships screen in the window (headless, Monocle): founding case, hover, click, double-click, drag. */
@ExtendWith(ApplicationExtension.class)
class GraphScreenUiTest {

    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        tasks = App.show(stage, null, null);
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    private static Point2D screenPoint(GraphControl c, String party) {
        GraphFigure f = c.getFigure();
        Rectangle2D body = FigureFrame.layout(f, c.getWidth(), c.getHeight()).body();
        java.awt.geom.Point2D p = f.centre(body, party);
        return c.localToScreen(p.getX(), p.getY());
    }

    @Test
    void showsTheFoundingCaseAndFollowsTheMouse(FxRobot robot) throws Exception {
        robot.clickOn("#nav-graph");
        DatePicker asOf = robot.lookup("#as-of-picker").queryAs(DatePicker.class);
        robot.interact(() -> asOf.setValue(LocalDate.of(2024, 2, 10)));
        GraphControl control = robot.lookup("#graph-control").queryAs(GraphControl.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> control.getFigure() != null
                && "As of 10 Feb 2024".equals(control.getFigure().info().asOf()));
        PartyGraph g = control.getFigure().graph();
        assertThat(g.between("ANP", "MQM-P")).extracting(PartyEdge::type)
                .contains(EdgeType.SEAT_DEAL, EdgeType.COOPERATION, EdgeType.ALLIANCE);
        TableView<?> measures = robot.lookup("#graph-measures").queryTableView();
        assertThat(measures.getItems()).hasSize(g.nodes().size());

        // hover: the tooltip tells about the party
        robot.moveTo(screenPoint(control, "MQM-P"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "MQM-P".equals(control.hoveredProperty().get()));
        assertThat(control.tooltipTextProperty().get()).contains("MQM-P").contains("ANP \u2192 MQM-P: 6 seats");

        // click: the party is selected (through the shared navigation) and ringed
        robot.clickOn(screenPoint(control, "MQM-P"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "MQM-P".equals(control.getFigure().options().selected()));

        // drag: the party moves and is pinned
        // while dragging, only the dragged party's layer is repainted, not the whole graph
        Point2D before = screenPoint(control, "ANP");
        GraphSkin skin = (GraphSkin) control.getSkin();
        robot.moveTo(before);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "ANP".equals(control.hoveredProperty().get()));
        int[] c0 = skin.paintCounts();
        robot.drag(before);
        for (int i = 0; i < 6; i++) {
            robot.moveBy(7, 5);
        }
        WaitForAsyncUtils.waitForFxEvents();
        int[] c1 = skin.paintCounts();
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(c1[0] - c0[0]).as("full paints during the drag").isLessThanOrEqualTo(2);
        assertThat(c1[1] - c0[1]).as("dragged-layer paints").isGreaterThanOrEqualTo(5);
        assertThat(skin.paintCounts()[0]).as("released: painted whole again").isGreaterThan(c1[0]);
        GraphFigure after = control.getFigure();
        Rectangle2D body = FigureFrame.layout(after, control.getWidth(), control.getHeight()).body();
        assertThat(after.nodeAt(body, control.screenToLocal(before).getX(), control.screenToLocal(before).getY()))
                .isNotEqualTo("ANP");

        // double-click: the ego network of the party
        Point2D gda = screenPoint(control, "GDA");
        robot.moveTo(gda);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "GDA".equals(control.hoveredProperty().get()));
        robot.doubleClickOn(gda);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> control.getFigure().info().subtitle().contains("ego network of GDA"));
        assertThat(control.getFigure().graph().nodes()).extracting(PartyNode::abbreviation).contains("GDA", "MQM-P")
                .doesNotContain("PPP");
    }

    @Test
    void anEarlierDateShowsTheRivalry(FxRobot robot) throws Exception {
        robot.clickOn("#nav-graph");
        DatePicker asOf = robot.lookup("#as-of-picker").queryAs(DatePicker.class);
        robot.interact(() -> asOf.setValue(LocalDate.of(2023, 12, 1)));
        GraphControl control = robot.lookup("#graph-control").queryAs(GraphControl.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> control.getFigure() != null
                && "As of 1 Dec 2023".equals(control.getFigure().info().asOf()));
        assertThat(control.getFigure().graph().between("ANP", "MQM-P")).extracting(PartyEdge::type)
                .containsExactly(EdgeType.RIVALRY);
    }
}
