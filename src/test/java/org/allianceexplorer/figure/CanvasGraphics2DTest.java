package org.allianceexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.jfree.fx.FXGraphics2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * On screen, text is drawn with the face and size it was measured with: the width JavaFX gives a label
 * matches {@link FigureText#width}, and a label painted through {@link CanvasGraphics2D} ends where the
 * layout said it would (plain FXGraphics2D drew 11.5 pt as 12 pt and Bold as Regular).
 */
@ExtendWith(ApplicationExtension.class)
class CanvasGraphics2DTest {

    private static final String LABEL = "Muttahida Qaumi Movement – Pakistan (MQM-P) 2024";

    @Start
    void start(Stage stage) {
        stage.show();
    }

    private static double fxWidth(String s, javafx.scene.text.Font f) {
        Text t = new Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }

    @Test
    void javaFxFontMeasuresAsTheFigureFont() {
        Font[] fonts = {
            FigureFonts.regular(11.5f),
            FigureFonts.bold(11.5f),
            FigureFonts.bold(9.5f),
            FigureFonts.regular(13f),
            FigureFonts.bold(15f)
        };
        for (Font f : fonts) {
            double laidOut = FigureText.width(LABEL, f);
            double drawn = fxWidth(LABEL, CanvasGraphics2D.fxFont(f));
            assertThat(drawn)
                    .as("%s %.1f", f.getFontName(), f.getSize2D())
                    .isCloseTo(laidOut, Offset.offset(Math.max(1.0, laidOut * 0.01)));
        }
        String urdu = "عوامی نیشنل پارٹی";
        Font naskh = FigureFonts.forText(urdu, 12f, false);
        assertThat(fxWidth(urdu, CanvasGraphics2D.fxFont(naskh)))
                .isCloseTo(FigureText.width(urdu, naskh), Offset.offset(1.5));
    }

    @Test
    void whatFxGraphics2DAloneWouldDrawIsMeasurablyWider() {
        Font bold = FigureFonts.bold(11.5f);
        // FXGraphics2D 2.1's own mapping: family, weight from the style bit, whole-point size
        javafx.scene.text.Font theirs = javafx.scene.text.Font.font(
                bold.getFamily(), bold.isBold() ? FontWeight.BOLD : FontWeight.NORMAL, bold.getSize());
        assertThat(fxWidth(LABEL, theirs)).isGreaterThan(FigureText.width(LABEL, bold) * 1.02);
    }

    @Test
    void aPaintedLabelEndsWhereTheLayoutMeasuredIt(FxRobot robot) {
        Font f = FigureFonts.bold(11.5f);
        double x = 10;
        double measured = FigureText.width(LABEL, f);
        double oursRight = inkRight(robot, true, f, x);
        double plainRight = inkRight(robot, false, f, x);
        assertThat(oursRight).isLessThanOrEqualTo(x + measured + 1.5).isGreaterThan(x + measured - 6);
        assertThat(plainRight).as("plain FXGraphics2D overruns").isGreaterThan(x + measured + 4);
    }

    /** The right-most column with ink after drawing the label at {@code x}. */
    private static double inkRight(FxRobot robot, boolean ours, Font f, double x) {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> {
            Canvas c = new Canvas(600, 40);
            FXGraphics2D g =
                    ours ? new CanvasGraphics2D(c.getGraphicsContext2D()) : new FXGraphics2D(c.getGraphicsContext2D());
            FigureText.hints(g);
            g.setColor(java.awt.Color.BLACK);
            FigureText.draw(g, LABEL, f, x, 25);
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.WHITE);
            shot.set(c.snapshot(p, null));
        });
        PixelReader r = shot.get().getPixelReader();
        for (int px = (int) shot.get().getWidth() - 1; px >= 0; px--) {
            for (int py = 0; py < shot.get().getHeight(); py++) {
                if (r.getColor(px, py).getBrightness() < 0.6) {
                    return px + 1;
                }
            }
        }
        return 0;
    }
}
