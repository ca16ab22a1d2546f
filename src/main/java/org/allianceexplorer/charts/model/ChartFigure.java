package org.allianceexplorer.charts.model;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureInfo;
import org.allianceexplorer.figure.FigureStyle;

/**
 * A chart: its body is a {@link Sketch} laid out for a width, so measuring, painting (screen, PNG, SVG,
 * PDF) and testing all see the same marks. Immutable; the last layout is kept for the next paint.
 */
public abstract class ChartFigure<M> implements Figure {

    private final ChartKind kind;
    /** What the chart shows: its numbers, computed off the FX thread before the figure is made. */
    protected final M model;

    private final FigureInfo info;
    private double sketchedWidth = -1;
    private Sketch sketched;

    protected ChartFigure(ChartKind kind, M model, FigureInfo info) {
        this.kind = kind;
        this.model = model;
        this.info = info;
    }

    /** Which chart this is. */
    public final ChartKind kind() {
        return kind;
    }

    public final M model() {
        return model;
    }

    @Override
    public final FigureInfo info() {
        return info;
    }

    /** Lays the body out for {@code width}; marks in body coordinates. */
    abstract Sketch layout(double width);

    final synchronized Sketch sketch(double width) {
        if (sketched == null || sketchedWidth != width) {
            sketched = layout(width);
            sketchedWidth = width;
        }
        return sketched;
    }

    @Override
    public double bodyHeight(double width) {
        return Math.ceil(sketch(width).height() + 4);
    }

    @Override
    public void paintBody(Graphics2D g, Rectangle2D area, FigureStyle style) {
        sketch(area.getWidth()).paint(g, area.getX(), area.getY(), style);
    }
}
