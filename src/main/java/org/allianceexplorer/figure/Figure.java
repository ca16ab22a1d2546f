package org.allianceexplorer.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * This figure with {@code line} added to its credits (the credits line of the preferences, on every figure that
     * leaves the application); itself when the line is blank.
     */
    default Figure withCredit(String line) {
        if (line == null || line.isBlank()) {
            return this;
        }
        Figure inner = this;
        return new Figure() {
            @Override
            public FigureInfo info() {
                FigureInfo i = inner.info();
                List<String> credits = new ArrayList<>(i.credits());
                credits.add(line.strip());
                return new FigureInfo(i.title(), i.subtitle(), i.asOf(), i.legend(), credits);
            }

            @Override
            public double bodyHeight(double width) {
                return inner.bodyHeight(width);
            }

            @Override
            public void paintBody(Graphics2D g, Rectangle2D area, FigureStyle style) {
                inner.paintBody(g, area, style);
            }

            @Override
            public FigureData data() {
                return inner.data();
            }

            @Override
            public Figure withSources(Repositories repositories) {
                return inner.withSources(repositories).withCredit(line);
            }
        };
    }
}
