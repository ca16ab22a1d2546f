package org.allianceexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;
import org.allianceexplorer.figure.FigureFrame;
import org.allianceexplorer.graph.model.EdgeChange;
import org.allianceexplorer.graph.model.EdgeType;
import org.allianceexplorer.graph.model.GraphFigure;
import org.allianceexplorer.graph.model.PartyEdge;
import org.allianceexplorer.graph.model.PartyGraph;
import org.allianceexplorer.graph.model.PartyNode;
import org.allianceexplorer.testing.WindowTest;
import org.allianceexplorer.tools.WindowShots;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Relationships screen in the window (headless, Monocle): founding case, hover, click, double-click, drag. */
class GraphScreenUiTest extends WindowTest {

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
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> control.getFigure() != null
                        && "As of 10 Feb 2024".equals(control.getFigure().info().asOf()));
        PartyGraph g = control.getFigure().graph();
        assertThat(g.between("ANP", "MQM-P"))
                .extracting(PartyEdge::type)
                .contains(EdgeType.SEAT_DEAL, EdgeType.COOPERATION, EdgeType.ALLIANCE);
        showMeasures(robot);
        TableView<?> measures = robot.lookup("#graph-measures").queryTableView();
        assertThat(measures.getItems()).hasSize(g.nodes().size());

        // hover: the tooltip tells about the party
        robot.moveTo(screenPoint(control, "MQM-P"));
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> "MQM-P".equals(control.hoveredProperty().get()));
        assertThat(control.tooltipTextProperty().get()).contains("MQM-P").contains("ANP \u2192 MQM-P: 6 seats");

        // click: the party is selected (through the shared navigation) and ringed
        robot.clickOn(screenPoint(control, "MQM-P"));
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> "MQM-P".equals(control.getFigure().options().selected()));

        // drag: the party moves and is pinned
        // while dragging, only the dragged party's layer is repainted, not the whole graph
        Point2D before = screenPoint(control, "ANP");
        GraphSkin skin = (GraphSkin) control.getSkin();
        robot.moveTo(before);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> "ANP".equals(control.hoveredProperty().get()));
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
        Rectangle2D body = FigureFrame.layout(after, control.getWidth(), control.getHeight())
                .body();
        assertThat(after.nodeAt(
                        body,
                        control.screenToLocal(before).getX(),
                        control.screenToLocal(before).getY()))
                .isNotEqualTo("ANP");

        // double-click: the ego network of the party
        Point2D gda = screenPoint(control, "GDA");
        robot.moveTo(gda);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> "GDA".equals(control.hoveredProperty().get()));
        // a double click as one event with a click count of two: the robot's two clicks can arrive further apart
        // than the platform's double-click time on a loaded machine
        Canvas canvas = (Canvas) control.getChildrenUnmodifiable().stream()
                .filter(Canvas.class::isInstance)
                .findFirst()
                .orElseThrow();
        robot.interact(() -> {
            // where GDA is at this moment (the layout may still settle after the drag), pressed and released at once
            GraphFigure now = control.getFigure();
            java.awt.geom.Point2D c = now.centre(
                    FigureFrame.layout(now, canvas.getWidth(), canvas.getHeight())
                            .body(),
                    "GDA");
            // a fired event's x and y are scene coordinates: JavaFX makes them local to the canvas on delivery
            Point2D at = canvas.localToScene(c.getX(), c.getY());
            for (EventType<MouseEvent> type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED)) {
                Event.fireEvent(
                        canvas,
                        new MouseEvent(
                                type,
                                at.getX(),
                                at.getY(),
                                gda.getX(),
                                gda.getY(),
                                MouseButton.PRIMARY,
                                2,
                                false,
                                false,
                                false,
                                false,
                                type == MouseEvent.MOUSE_PRESSED,
                                false,
                                false,
                                true,
                                false,
                                true,
                                null));
            }
        });
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> control.getFigure().info().subtitle().contains("ego network of GDA"));
        assertThat(control.getFigure().graph().nodes())
                .extracting(PartyNode::abbreviation)
                .contains("GDA", "MQM-P")
                .doesNotContain("PPP");
    }

    @Test
    void anEarlierDateShowsTheRivalry(FxRobot robot) throws Exception {
        robot.clickOn("#nav-graph");
        DatePicker asOf = robot.lookup("#as-of-picker").queryAs(DatePicker.class);
        robot.interact(() -> asOf.setValue(LocalDate.of(2023, 12, 1)));
        GraphControl control = robot.lookup("#graph-control").queryAs(GraphControl.class);
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> control.getFigure() != null
                        && "As of 1 Dec 2023".equals(control.getFigure().info().asOf()));
        assertThat(control.getFigure().graph().between("ANP", "MQM-P"))
                .extracting(PartyEdge::type)
                .containsExactly(EdgeType.RIVALRY);
    }

    @Test
    void compareWithADayMarksWhatChanged(FxRobot robot) throws Exception {
        robot.clickOn("#nav-graph");
        DatePicker asOf = robot.lookup("#as-of-picker").queryAs(DatePicker.class);
        robot.interact(() -> asOf.setValue(LocalDate.of(2024, 2, 15)));
        GraphControl control = robot.lookup("#graph-control").queryAs(GraphControl.class);
        DatePicker from = robot.lookup("#graph-compare-from").queryAs(DatePicker.class);
        assertThat(from.isDisabled()).as("off until ticked").isTrue();
        robot.clickOn("#graph-compare");
        // a first guess: a month before the as-of day
        assertThat(from.getValue()).isEqualTo(LocalDate.of(2024, 1, 15));
        robot.interact(() -> from.setValue(LocalDate.of(2024, 1, 1)));
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> control.getFigure() != null
                        && "1 Jan 2024 \u2013 15 Feb 2024"
                                .equals(control.getFigure().info().asOf()));
        PartyEdge deal = control.getFigure().graph().between("ANP", "MQM-P").stream()
                .filter(e -> e.type() == EdgeType.SEAT_DEAL && e.from().equals("ANP"))
                .findFirst()
                .orElseThrow();
        assertThat(control.getFigure().change(deal)).isEqualTo(EdgeChange.ADDED);
        // unticked: the plain graph of the as-of day
        robot.clickOn("#graph-compare");
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> "As of 15 Feb 2024".equals(control.getFigure().info().asOf()));
        assertThat(control.getFigure().change(deal)).isNull();
    }

    /** Where a node is laid out, in the scene (its layout box, not what its children or effects overflow). */
    private static Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static boolean inside(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - 0.5
                && inner.getMinY() >= outer.getMinY() - 0.5
                && inner.getMaxX() <= outer.getMaxX() + 0.5
                && inner.getMaxY() <= outer.getMaxY() + 0.5;
    }

    @Test
    void fitsALaptopWindowOf1280By720(FxRobot robot) throws Exception {
        // shown first in a larger window, then the window is made smaller: the screen must shrink with it
        robot.clickOn("#nav-graph");
        DatePicker asOf = robot.lookup("#as-of-picker").queryAs(DatePicker.class);
        robot.interact(() -> asOf.setValue(LocalDate.of(2024, 2, 10)));
        GraphControl control = robot.lookup("#graph-control").queryAs(GraphControl.class);
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> control.getFigure() != null
                        && "As of 10 Feb 2024".equals(control.getFigure().info().asOf()));
        robot.interact(() -> {
            stage.setWidth(1600);
            stage.setHeight(1000);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (System.getProperty("screenshots") != null) {
            Path dir = Files.createDirectories(Path.of(System.getProperty("screenshots")));
            WindowShots.save(robot, stage, dir.resolve("graph-1280x720.png"));
        }
        Scene scene = stage.getScene();
        Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        assertThat(scene.getWidth()).isLessThanOrEqualTo(1280);
        assertThat(scene.getHeight()).isLessThanOrEqualTo(720);

        // the screen asks for no more room than the window gives it
        GraphView view = robot.lookup("#graph-view").queryAs(GraphView.class);
        assertThat(view.minWidth(-1)).as("the screen's minimum width").isLessThanOrEqualTo(view.getWidth());
        assertThat(view.minHeight(view.getWidth()))
                .as("the screen's minimum height")
                .isLessThanOrEqualTo(view.getHeight());
        Bounds screen = inScene(view);
        assertThat(inside(window, screen))
                .as("the screen %s inside the window %s", screen, window)
                .isTrue();

        // the toolbar's as-of field and search box are whole, and the screen covers neither
        for (String id : List.of("#as-of-picker", "#global-search")) {
            Bounds b = inScene(robot.lookup(id).query());
            assertThat(inside(window, b)).as(id + " inside the window").isTrue();
            assertThat(b.getMaxY()).as(id + " above the screen").isLessThanOrEqualTo(screen.getMinY() + 0.5);
        }
        // the status bar shows below the screen
        Node status = robot.lookup(".status-bar").query();
        Bounds sb = inScene(status);
        assertThat(status.isVisible()).isTrue();
        assertThat(sb.getHeight()).isPositive();
        assertThat(inside(window, sb)).as("status bar %s inside the window", sb).isTrue();
        assertThat(sb.getMinY()).as("status bar below the screen").isGreaterThanOrEqualTo(screen.getMaxY() - 0.5);

        // the graph has room, inside the screen, and its legend is drawn inside it
        Bounds g = inScene(control);
        assertThat(control.getWidth()).isGreaterThan(300);
        assertThat(control.getHeight()).isGreaterThan(250);
        assertThat(inside(screen, g))
                .as("graph %s inside the screen %s", g, screen)
                .isTrue();
        FigureFrame.Layout layout = FigureFrame.layout(control.getFigure(), control.getWidth(), control.getHeight());
        assertThat(layout.legend().getHeight()).isPositive();
        assertThat(layout.legend().getMaxY()).as("legend inside the graph").isLessThanOrEqualTo(control.getHeight());
        assertThat(layout.body().getHeight()).as("room for the graph itself").isGreaterThan(150);
        // on a laptop the graph has the width; the measures table comes with its button, whole, its headers readable
        assertThat(robot.lookup("#graph-measures").tryQuery()).isEmpty();
        robot.clickOn("#graph-show-measures");
        WaitForAsyncUtils.waitForFxEvents();
        Bounds table = inScene(robot.lookup("#graph-measures").query());
        assertThat(inside(screen, table))
                .as("measures %s inside the screen", table)
                .isTrue();
        assertThat(inside(screen, inScene(control))).isTrue();
        assertThat(control.getWidth()).isPositive();
        assertHeadersWhole(robot);
        assertThat(view.minWidth(-1))
                .as("the screen's minimum width with the table")
                .isLessThanOrEqualTo(view.getWidth());
    }

    /** Shows the measures table beside the graph (a laptop-sized screen starts without it). */
    private static void showMeasures(FxRobot robot) {
        ToggleButton button = robot.lookup("#graph-show-measures").queryAs(ToggleButton.class);
        if (!button.isSelected()) {
            robot.clickOn(button);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Every header of the measures table shows its whole title (no ellipsis) inside its column. */
    private static void assertHeadersWhole(FxRobot robot) {
        TableView<?> table = robot.lookup("#graph-measures").queryTableView();
        int checked = 0;
        for (Node header : robot.from(table).lookup(".column-header").queryAll()) {
            for (Node n : header.lookupAll(".label")) {
                Labeled l = (Labeled) n;
                if (l.getText() == null || l.getText().isEmpty() || !l.isVisible()) {
                    continue;
                }
                Text shown = (Text) l.lookup(".text");
                assertThat(shown.getText())
                        .as("the header " + l.getText() + " as drawn")
                        .isEqualTo(l.getText());
                assertThat(inside(inScene(header), inScene(l)))
                        .as("the header " + l.getText() + " " + inScene(l) + " inside its column " + inScene(header))
                        .isTrue();
                checked++;
            }
        }
        assertThat(checked).as("headers checked").isEqualTo(table.getColumns().size());
    }

    @Test
    void theMeasuresHeadersAreReadable(FxRobot robot) throws Exception {
        robot.clickOn("#nav-graph");
        GraphControl control = robot.lookup("#graph-control").queryAs(GraphControl.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> control.getFigure() != null);
        WaitForAsyncUtils.waitForFxEvents();
        showMeasures(robot);
        assertHeadersWhole(robot);
        // and each names its measure in full in a tooltip
        TableView<?> table = robot.lookup("#graph-measures").queryTableView();
        assertThat(table.getColumns())
                .allSatisfy(
                        c -> assertThat(((Label) c.getGraphic()).getTooltip().getText())
                                .isNotBlank());
    }
}
