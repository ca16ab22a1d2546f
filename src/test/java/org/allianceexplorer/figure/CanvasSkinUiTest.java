package org.allianceexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The base of the canvas skins: one paint per pulse however many properties change, resizing, tooltip, minimum size. */
@ExtendWith(ApplicationExtension.class)
class CanvasSkinUiTest {

    /** A control with two properties its skin repaints on. */
    static final class Probe extends Control {
        final StringProperty first = new SimpleStringProperty(this, "first");
        final StringProperty second = new SimpleStringProperty(this, "second");

        @Override
        protected Skin<?> createDefaultSkin() {
            return new ProbeSkin(this);
        }
    }

    static final class ProbeSkin extends CanvasSkin<Probe> {
        final AtomicInteger paints = new AtomicInteger();

        ProbeSkin(Probe p) {
            super(p, "probe", 300, new Dimension2D(120, 90), new Dimension2D(400, 300));
            p.first.addListener(o -> repaint());
            p.second.addListener(o -> repaint());
        }

        @Override
        protected void paint() {
            paints.incrementAndGet();
        }

        void tip(String text, double x, double y) {
            showTip(text, x, y);
        }
    }

    private Stage stage;
    private Probe probe;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        probe = new Probe();
        stage.setScene(new Scene(new StackPane(probe), 400, 300));
        stage.show();
    }

    private ProbeSkin skin() {
        WaitForAsyncUtils.waitForFxEvents();
        return (ProbeSkin) probe.getSkin();
    }

    @Test
    void severalChangesInOnePulseMakeOnePaint(FxRobot robot) throws Exception {
        ProbeSkin skin = skin();
        int before = skin.paints.get();
        AtomicInteger during = new AtomicInteger(-1);
        robot.interact(() -> {
            probe.first.set("a");
            probe.second.set("b");
            probe.first.set("c");
            during.set(skin.paints.get());
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> skin.paints.get() > before);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(during.get()).as("a change only requests layout").isEqualTo(before);
        assertThat(skin.paints.get()).as("one paint for three changes").isEqualTo(before + 1);
    }

    @Test
    void aNewSizePaintsAndTheControlCanShrinkAgain(FxRobot robot) throws Exception {
        ProbeSkin skin = skin();
        int before = skin.paints.get();
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> skin.paints.get() > before);
        assertThat(skin.canvas.getWidth()).isEqualTo(probe.getWidth());
        assertThat(skin.canvas.getHeight()).isEqualTo(probe.getHeight());
        // the minimum is small and fixed, not the size the canvas was last drawn at
        assertThat(probe.minWidth(-1)).isEqualTo(120);
        assertThat(probe.minHeight(-1)).isEqualTo(90);
    }

    @Test
    void theTooltipGoesBesideThePointerAndStaysInsideTheCanvas(FxRobot robot) {
        ProbeSkin skin = skin();
        Label tip = robot.lookup("#probe-tooltip").queryAs(Label.class);
        robot.interact(() -> skin.tip("A party and its ties", 20, 20));
        assertThat(tip.isVisible()).isTrue();
        assertThat(tip.getLayoutX()).isGreaterThan(20);
        assertThat(tip.getLayoutY()).isGreaterThan(20);
        String longText = "A long tooltip that would run off the right edge of a small canvas if it did not wrap, "
                + "so it wraps and goes to the left of the pointer.";
        robot.interact(() -> skin.tip(longText, skin.canvas.getWidth() - 10, skin.canvas.getHeight() - 10));
        Bounds b = tip.getBoundsInParent();
        assertThat(b.getMaxX()).isLessThanOrEqualTo(skin.canvas.getWidth());
        assertThat(b.getMaxY()).isLessThanOrEqualTo(skin.canvas.getHeight());
        assertThat(b.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxX()).as("left of the pointer").isLessThan(skin.canvas.getWidth() - 10);
        robot.interact(() -> skin.tip(null, 0, 0));
        assertThat(tip.isVisible()).isFalse();
    }
}
