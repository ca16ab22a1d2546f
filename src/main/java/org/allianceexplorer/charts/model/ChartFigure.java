package org.allianceexplorer.charts.model;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureData;
import org.allianceexplorer.figure.FigureInfo;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.LegendEntry;

/**
 * A chart: its body is a {@link Sketch} laid out for a width, so measuring, painting (screen, PNG, SVG,
 * PDF) and testing all see the same marks. Immutable; the last layout is kept for the next paint. The frame
 * (title, subtitle, as-of stamp, legend, credits) and the data table's shape are the same for every chart and
 * live here; a chart says what goes in them.
 */
public abstract class ChartFigure<M extends ChartModel> implements Figure {

    private final ChartKind kind;
    /** What the chart shows: its numbers, computed off the FX thread before the figure is made. */
    protected final M model;

    private final FigureInfo info;
    private double sketchedWidth = -1;
    private Sketch sketched;

    protected ChartFigure(
            ChartKind kind, M model, String title, String subtitle, List<LegendEntry> legend, List<String> credits) {
        this.kind = kind;
        this.model = model;
        this.info = new FigureInfo(title, subtitle, ChartInk.stamp(model.asOf()), legend, credits);
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

    /** The figure's numbers as a table: {@link #columns()}, {@link #rows()} and the model's sources. */
    @Override
    public final FigureData data() {
        return new FigureData(columns(), rows(), model.sources());
    }

    /** The data table's column names. */
    abstract List<String> columns();

    /** The data table's rows, one cell per column. */
    abstract List<List<String>> rows();

    /** What the body says instead of a chart when there is nothing to draw, or {@code null} when there is. */
    abstract String nothingToShow();

    /** Where that sentence is centred. */
    double noticeCentre(double width) {
        return width / 2;
    }

    /** Lays the body out for {@code width} when there is something to draw; marks in body coordinates. */
    abstract Sketch layout(double width);

    final synchronized Sketch sketch(double width) {
        if (sketched == null || sketchedWidth != width) {
            String none = nothingToShow();
            sketched = none == null ? layout(width) : Sketch.notice(none, width, noticeCentre(width));
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
