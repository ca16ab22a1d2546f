package org.allianceexplorer.figure;

import java.util.List;
import javafx.geometry.Dimension2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;

/**
 * The base of the skins that paint a figure onto a canvas (graph, charts, timeline), as CalendarFX's
 * {@code DateControlSkin} is the base of its views' skins. It owns what they all need:
 * <ul>
 * <li>the canvas and the {@link CanvasGraphics2D} the figure is painted through, sized to the control;</li>
 * <li>repainting: a property change calls {@link #repaint()}, which only requests layout, so the next layout
 * pass paints once however many properties changed in between; a new size paints too;</li>
 * <li>an optional tooltip label, placed beside the pointer and kept inside the canvas ({@link #showTip});</li>
 * <li>a small fixed minimum size: by default a skin's minimum is its children's, and a canvas's is the size it
 * was last drawn at, so the control could never shrink again and would push the window's toolbar, status bar
 * and the figure's own legend out of sight on a smaller window.</li>
 * </ul>
 * Subclasses paint in {@link #paint()} and may lay out more nodes over or beside the canvas
 * ({@link #layoutOverlays}).
 */
public abstract class CanvasSkin<C extends Control> extends SkinBase<C> {

    private static final double TIP_MIN_WIDTH = 120;

    protected final Canvas canvas = new Canvas();
    protected final CanvasGraphics2D g2;
    /** The tooltip, or {@code null} when the control has none. */
    private final Label tip;

    private final double tipMaxWidth;
    private final Dimension2D minimum;
    private final Dimension2D preferred;
    private boolean dirty;
    private boolean painting;

    /**
     * @param name        the style-class prefix: the canvas gets {@code NAME-canvas}, the tooltip the style class
     *                    and id {@code NAME-tooltip}
     * @param tipMaxWidth the widest a tooltip may be; {@code 0}: no tooltip
     * @param minimum     the control's minimum size (inside its insets)
     * @param preferred   the control's preferred size
     */
    protected CanvasSkin(C control, String name, double tipMaxWidth, Dimension2D minimum, Dimension2D preferred) {
        super(control);
        this.tipMaxWidth = tipMaxWidth;
        this.minimum = minimum;
        this.preferred = preferred;
        canvas.getStyleClass().add(name + "-canvas");
        g2 = new CanvasGraphics2D(canvas.getGraphicsContext2D());
        getChildren().add(canvas);
        if (tipMaxWidth > 0) {
            tip = new Label();
            tip.getStyleClass().addAll(name + "-tooltip", "figure-tooltip");
            tip.setId(name + "-tooltip");
            tip.setManaged(false);
            tip.setVisible(false);
            tip.setMouseTransparent(true);
            tip.setWrapText(true);
            tip.setMaxWidth(tipMaxWidth);
            getChildren().add(tip);
        } else {
            tip = null;
        }
    }

    /** Adds nodes above the canvas and below the tooltip (a second canvas, a scroll bar). */
    protected final void addLayers(Node... nodes) {
        getChildren().addAll(1, List.of(nodes));
    }

    /** Paints the canvas (FX thread); called from the layout pass, or at once through {@link #paintNow()}. */
    protected abstract void paint();

    /** Asks for a paint: only requests layout, so several changes in one pulse make one paint. */
    protected final void repaint() {
        if (painting) {
            return; // a change made by the paint under way (e.g. a scroll bar clamped) is already in it
        }
        dirty = true;
        getSkinnable().requestLayout();
    }

    /** Paints now rather than in the next layout pass (pointer gestures that must show at once, tests). */
    public final void paintNow() {
        dirty = false;
        painting = true;
        try {
            paint();
        } finally {
            painting = false;
        }
    }

    /** The canvas's width for a control content width of {@code w} (less what lies beside it). */
    protected double canvasWidth(double w) {
        return w;
    }

    /** The canvas's height for a control content height of {@code h}. */
    protected double canvasHeight(double h) {
        return h;
    }

    /** Lays out the nodes added with {@link #addLayers}, after the canvas has its size and before it is painted. */
    protected void layoutOverlays(double x, double y, double w, double h) {}

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double cw = Math.max(0, canvasWidth(w));
        double ch = Math.max(0, canvasHeight(h));
        boolean resized = canvas.getWidth() != cw || canvas.getHeight() != ch;
        if (resized) {
            canvas.setWidth(cw);
            canvas.setHeight(ch);
        }
        canvas.relocate(x, y);
        layoutOverlays(x, y, w, h);
        if (resized || dirty) {
            paintNow();
        }
        if (tip != null && tip.isVisible()) {
            tip.autosize();
        }
    }

    /**
     * Shows {@code text} beside the pointer at ({@code x}, {@code y}) (canvas coordinates), or hides the tooltip
     * when {@code text} is {@code null} or blank. Never wider than the canvas (a long text wraps); it goes to the
     * pointer's left, or above it, where it would run off the canvas's right or bottom edge.
     */
    protected void showTip(String text, double x, double y) {
        if (tip == null) {
            return;
        }
        if (text == null || text.isBlank()) {
            tip.setVisible(false);
            return;
        }
        tip.setText(text);
        tip.setMaxWidth(Math.max(TIP_MIN_WIDTH, Math.min(tipMaxWidth, canvas.getWidth() - 8)));
        tip.setVisible(true);
        tip.autosize();
        double tw = tip.getWidth();
        double th = tip.getHeight();
        double tx = x + 14 + tw > canvas.getWidth() ? x - tw - 8 : x + 14;
        double ty = y + 18 + th > canvas.getHeight() ? y - th - 8 : y + 18;
        tip.relocate(Math.max(0, tx), Math.max(0, ty));
    }

    protected final void hideTip() {
        showTip(null, 0, 0);
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + right + minimum.getWidth();
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + minimum.getHeight();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return preferred.getWidth();
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return preferred.getHeight();
    }
}
