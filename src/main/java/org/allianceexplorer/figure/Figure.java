package org.allianceexplorer.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.allianceexplorer.data.Repositories;

/**
 * A chart that paints itself onto any {@link Graphics2D}: a JavaFX canvas (FXGraphics2D), a PNG image, an
 * SVG or a PDF. The same painter serves screen and files, so a file shows what the screen shows.
 * {@link FigureFrame} paints the title, as-of stamp, legend and credits around the body.
 */
public interface Figure {

    FigureInfo info();

    /** The height the body wants at this width (user-space units, 1 = 1 CSS pixel = 0.75 pt). */
    double bodyHeight(double width);

    /** Paints the chart into {@code area}; paint nothing outside it. */
    void paintBody(Graphics2D g, Rectangle2D area, FigureStyle style);

    /**
     * The rows this figure plots and the sources behind them, written beside the figure by a report
     * bundle ({@code export --format bundle}).
     */
    default FigureData data() {
        return FigureData.NONE;
    }

    /**
     * This figure with the sources behind what it shows looked up, for {@link #data()}: reads the database,
     * so call it off the FX thread, e.g. in the task that writes a report bundle. Figures that know their
     * sources from when they were built (the charts) return themselves.
     */
    default Figure withSources(Repositories repositories) {
        return this;
    }
}
