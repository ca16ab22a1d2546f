package org.allianceexplorer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.allianceexplorer.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window on the Timeline at the smallest size it supports, 1280x720 (headless, Monocle). */
class TimelineWindowUiTest extends WindowTest {

    /** Where a node's layout box is in the scene (its drawn bounds may reach beyond, e.g. a focus ring). */
    private static Bounds scene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static boolean inside(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - 0.5
                && inner.getMinY() >= outer.getMinY() - 0.5
                && inner.getMaxX() <= outer.getMaxX() + 0.5
                && inner.getMaxY() <= outer.getMaxY() + 0.5;
    }

    @Test
    void atTheSmallestSizeTheToolbarStatusBarAndLegendStayInView(FxRobot robot) throws Exception {
        // a large window first, then made small (the chart was drawn large and must let the window shrink)
        robot.interact(() -> {
            stage.setWidth(1600);
            stage.setHeight(1000);
        });
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#nav-timeline").tryQuery().isPresent());
        robot.clickOn("#nav-timeline");
        TimelineControl c = robot.lookup("#timeline").queryAs(TimelineControl.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !c.getData().isEmpty() && c.getHeight() > 600);
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();

        Bounds window = new BoundingBox(
                0, 0, stage.getScene().getWidth(), stage.getScene().getHeight());
        assertThat(window.getWidth()).isEqualTo(1280);
        assertThat(window.getHeight()).isLessThanOrEqualTo(720);
        Bounds asOf = scene(robot.lookup("#as-of-picker").query());
        Bounds search = scene(robot.lookup("#global-search").query());
        Bounds timelineView = scene(robot.lookup("#timeline-view").query());
        Node statusBar = robot.lookup(".status-bar").query();
        Bounds status = scene(statusBar);
        Node legendNode = robot.lookup("#timeline-legend").query();
        Bounds legend = scene(legendNode);

        // the window's toolbar: the as-of field and the search box whole, nothing of the timeline over them
        assertThat(inside(window, asOf)).as("as-of field " + asOf).isTrue();
        assertThat(inside(window, search)).as("search box " + search).isTrue();
        assertThat(timelineView.intersects(asOf))
                .as("timeline over the as-of field")
                .isFalse();
        assertThat(timelineView.intersects(search))
                .as("timeline over the search box")
                .isFalse();
        // the status bar at the bottom, in view, under the screen
        assertThat(statusBar.isVisible()).isTrue();
        assertThat(inside(window, status)).as("status bar " + status).isTrue();
        assertThat(timelineView.getMaxY()).isLessThanOrEqualTo(status.getMinY() + 0.5);
        // the legend open, in view, above the status bar
        assertThat(legendNode.isVisible()).isTrue();
        assertThat(legend.getHeight()).isGreaterThan(15);
        assertThat(inside(window, legend)).as("legend " + legend).isTrue();
        assertThat(legend.getMaxY()).isLessThanOrEqualTo(status.getMinY() + 0.5);
        Set<Node> entries = robot.lookup(".timeline-legend-entry").queryAll();
        assertThat(entries)
                .hasSizeGreaterThan(8)
                .allMatch(n -> n.isVisible() && inside(window, scene(n)) && inside(legend, scene(n)));
        // and the chart gets the rest
        assertThat(c.getWidth()).isGreaterThan(300);
        assertThat(c.getHeight()).isGreaterThan(200);
        assertThat(inside(window, scene(c))).as("chart " + scene(c)).isTrue();
    }
}
