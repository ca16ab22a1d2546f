package org.allianceexplorer.timeline;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.SourcesOfRecords;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureData;
import org.allianceexplorer.figure.FigureInfo;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.LegendEntry;
import org.allianceexplorer.timeline.model.LabelPlacer;
import org.allianceexplorer.timeline.model.TimeAxis;
import org.allianceexplorer.timeline.model.TimeRange;
import org.allianceexplorer.timeline.model.TimelineModel;

/**
 * The one figure of the timeline, for the screen (through FXGraphics2D onto a canvas) and for PNG, SVG and
 * PDF alike: the lanes of a {@link TimelineModel} in the window of a {@link Viewport}. Its parts: where
 * things go ({@link TimelineLayout}, worked out before painting), the paint ({@link TimelinePainter}, with
 * {@link TimelineLabels} and {@link TimelineMarks}), and what it shows as text, for the frame and a report
 * bundle ({@link TimelineContents}). After painting it knows what it drew where ({@link #hitAt}), for hover
 * and clicks.
 */
public final class TimelineFigure implements Figure {

    /**
     * What is shown.
     *
     * @param range    the time window
     * @param asOf     the as-of day (cursor), {@code null} for latest
     * @param scrollY  how far the lanes are scrolled up (screen only)
     * @param forFile  a file (export): every lane, nothing scrolled, and none of the screen's controls (fold
     *                 triangles, the scale and item count); otherwise the scrolled window
     * @param compact  leave out lanes with nothing in the time window
     * @param selected the selected record, highlighted
     */
    public record Viewport(
            TimeRange range, LocalDate asOf, double scrollY, boolean forFile, boolean compact, RecordRef selected) {

        public static Viewport export(TimeRange range, LocalDate asOf) {
            return new Viewport(range, asOf, 0, true, true, null);
        }
    }

    private final TimelineModel model;
    private final Viewport vp;
    private final String title;
    private final List<Source> sources;
    private FigureInfo info;
    private FigureData data;

    private int[] shown;
    private TimelineLayout layout;
    private TimelinePainter painted;

    public TimelineFigure(TimelineModel model, Viewport viewport) {
        this(model, viewport, null);
    }

    /** @param title the figure's title, or {@code null} for the default */
    public TimelineFigure(TimelineModel model, Viewport viewport, String title) {
        this(model, viewport, title, List.of());
    }

    private TimelineFigure(TimelineModel model, Viewport viewport, String title, List<Source> sources) {
        this.model = model;
        this.vp = viewport;
        this.title = title;
        this.sources = List.copyOf(sources);
    }

    /**
     * The same figure with the sources of what it shows looked up (reads the database: call off the FX
     * thread, while building the figure): the citations of the alliances, memberships, events and elections
     * in the window, the sources of the claims, and the results' sources of the elections polled in it.
     */
    @Override
    public TimelineFigure withSources(Repositories repositories) {
        return withSources(repositories.sourcesOf());
    }

    /** The same, through this query. */
    public TimelineFigure withSources(SourcesOfRecords query) {
        return new TimelineFigure(model, vp, title, contents().sources(query));
    }

    /**
     * One row per item in the window (alliance, membership, claim, event) and per election polled in it:
     * kind, lane, label, start and end as known (ISO, partial dates kept partial; no end: open or unknown),
     * claim status. Sources: those looked up by {@link #withSources} (none otherwise).
     */
    @Override
    public synchronized FigureData data() {
        if (data == null) {
            data = contents().data(sources);
        }
        return data;
    }

    /** The same figure scrolled to {@code scrollY} (screen), keeping the layout already worked out. */
    public TimelineFigure scrolledTo(double scrollY) {
        TimelineFigure f = new TimelineFigure(
                model,
                new Viewport(vp.range(), vp.asOf(), scrollY, vp.forFile(), vp.compact(), vp.selected()),
                title,
                sources);
        f.shown = shown;
        f.layout = layout;
        return f;
    }

    public TimelineModel model() {
        return model;
    }

    public Viewport viewport() {
        return vp;
    }

    @Override
    public FigureInfo info() {
        if (info == null) {
            info = contents().info(title);
        }
        return info;
    }

    /** The legend as printed (files). */
    static List<LegendEntry> legend() {
        return TimelineKey.legend();
    }

    /** The legend in the colours of {@code style}, the painter's own (the screen asks for it in the theme's). */
    static List<LegendEntry> legend(FigureStyle style) {
        return TimelineKey.legend(style);
    }

    private TimelineContents contents() {
        return new TimelineContents(model, vp, shown());
    }

    @Override
    public double bodyHeight(double width) {
        return TimelineLayout.HEADER_H + layout(width).height + 6;
    }

    /** The height of the lanes shown at this body width (all, or in compact mode those with something in the window). */
    public double lanesHeight(double width) {
        return layout(width).height;
    }

    /** The lanes shown, top to bottom, as model lane indexes. */
    public int[] shownLanes() {
        return shown().clone();
    }

    private int[] shown() {
        if (shown == null) {
            shown = TimelineLayout.shownLanes(model, vp);
        }
        return shown;
    }

    private TimelineLayout layout(double width) {
        if (layout == null || layout.width != width) {
            layout = new TimelineLayout(model, vp, shown(), width);
        }
        return layout;
    }

    @Override
    public void paintBody(Graphics2D g, Rectangle2D area, FigureStyle style) {
        TimelinePainter p = new TimelinePainter(model, vp, layout(area.getWidth()));
        painted = p;
        p.paint(g, area, style);
    }

    // ------------------------------------------------------------------ results of the last paint

    /** What was drawn at (x, y) in the last paint (topmost first), or {@code null}. */
    public Hit hitAt(double x, double y) {
        List<Hit> hits = hits();
        for (int i = hits.size() - 1; i >= 0; i--) {
            Hit h = hits.get(i);
            if (h.bounds().contains(x, y)) {
                return h;
            }
        }
        return null;
    }

    /** Everything hit-testable from the last paint, in paint order. */
    public List<Hit> hits() {
        return painted == null ? List.of() : Collections.unmodifiableList(painted.hits());
    }

    /** The texts of the labels drawn in the last paint (axis, lanes, items, elections). */
    public List<String> labels() {
        return painted == null ? List.of() : Collections.unmodifiableList(painted.labels());
    }

    /** The labels the placer put in the chart in the last paint (not the axis nor the label column). */
    public List<LabelPlacer.Placed> placedLabels() {
        return painted == null ? List.of() : Collections.unmodifiableList(painted.placed());
    }

    /** The axis of the last paint ({@code null} before). */
    public TimeAxis axis() {
        return painted == null ? null : painted.axis();
    }

    /** The x of the as-of cursor in the last paint (NaN when it was not drawn). */
    public double cursorX() {
        return painted == null ? Double.NaN : painted.cursorX();
    }

    /** The lanes' region of the last paint. */
    public Rectangle2D lanesArea() {
        return painted == null ? null : painted.lanesArea();
    }

    /** The label column of the last paint. */
    public Rectangle2D columnArea() {
        return painted == null ? null : painted.columnArea();
    }

    /** How many markers and bars the last paint drew. */
    public int drawnMarks() {
        return painted == null ? 0 : painted.drawnMarks();
    }

    /** The width of the label column in the last paint (or the last layout worked out). */
    public double columnWidth() {
        return layout == null ? TimelineLayout.MIN_COLUMN : layout.colW;
    }

    /** Whether the last paint showed the parties' names in their own script (all of them, or none). */
    public boolean nativeNamesShown() {
        return layout != null && layout.natives;
    }
}
