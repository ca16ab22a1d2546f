package org.allianceexplorer.charts;

import java.awt.Font;
import java.awt.geom.AffineTransform;
import javafx.scene.canvas.GraphicsContext;
import org.jfree.fx.FXGraphics2D;

/**
 * FXGraphics2D that draws text at the figure's exact size and weight. FXGraphics2D 2.1 gives the canvas
 * the AWT font's whole-point size ({@code getSize()}: 11.5 becomes 12) and reads boldness from the style,
 * not the face, so text on screen came out wider than the layout measured (and the bold face regular).
 * Here a fractional size is drawn at the rounded size under a matching scale, and a bold face asks
 * JavaFX for the bold weight.
 */
final class CanvasGraphics extends FXGraphics2D {

    CanvasGraphics(GraphicsContext gc) {
        super(gc);
    }

    @Override
    public void drawString(String s, float x, float y) {
        Font f = getFont();
        boolean boldFace = !f.isBold() && f.getFontName().toLowerCase(java.util.Locale.ROOT).contains("bold");
        float size = f.getSize2D();
        int rounded = Math.max(1, Math.round(size));
        if (size == rounded && !boldFace) {
            super.drawString(s, x, y);
            return;
        }
        AffineTransform t = getTransform();
        try {
            translate(x, y);
            scale(size / rounded, size / rounded);
            setFont(f.deriveFont(boldFace ? Font.BOLD : f.getStyle(), (float) rounded));
            super.drawString(s, 0f, 0f);
        } finally {
            setFont(f);
            setTransform(t);
        }
    }

    @Override
    public void drawString(String s, int x, int y) {
        drawString(s, (float) x, (float) y);
    }
}
